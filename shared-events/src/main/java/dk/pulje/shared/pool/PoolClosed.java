package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PoolClosed(PoolId poolId, Decision decision) implements PoolEvent {}

package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** A proposed allocation was rejected (or withdrawn by its proposer), with the reason; nothing was awarded. */
@Revision("1")
public record AllocationRejected(PoolId poolId, int allocation, Decision decision) implements PoolEvent {}

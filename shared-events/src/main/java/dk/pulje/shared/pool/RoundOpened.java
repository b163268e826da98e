package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** A round opened for applications, at its opening time (recorded by Pulje at that instant). */
@Revision("1")
public record RoundOpened(PoolId poolId, int round, Decision decision) implements PoolEvent {}

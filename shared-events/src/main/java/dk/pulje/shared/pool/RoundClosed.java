package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** A round closed at its deadline, to the second in Copenhagen time (recorded by Pulje at that instant). */
@Revision("1")
public record RoundClosed(PoolId poolId, int round, Decision decision) implements PoolEvent {}

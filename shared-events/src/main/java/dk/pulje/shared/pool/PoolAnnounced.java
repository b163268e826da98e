package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** The pool was announced with planned dates; they stay in its history after it is published with real ones. */
@Revision("1")
public record PoolAnnounced(PoolId poolId, PoolPlanning planned, Decision decision) implements PoolEvent {}

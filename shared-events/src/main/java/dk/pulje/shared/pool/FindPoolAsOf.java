package dk.pulje.shared.pool;

import java.time.Instant;

/** A pool as it stood at an instant, rebuilt from its events; answered by a {@link PoolView} or nothing. */
public record FindPoolAsOf(PoolId poolId, Instant asOf) {}

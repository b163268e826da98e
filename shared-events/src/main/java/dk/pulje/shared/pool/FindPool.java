package dk.pulje.shared.pool;

/** One pool's overview, answered by a {@link PoolView} or nothing. */
public record FindPool(PoolId poolId) {}

package dk.pulje.shared.pool;

/** All pools, newest first, answered by a list of {@link PoolView}. */
public record FindPools() {}

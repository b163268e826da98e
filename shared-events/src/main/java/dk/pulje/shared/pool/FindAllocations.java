package dk.pulje.shared.pool;

/** Every allocation proposed in a pool, the first first; answered by AllocationViews. */
public record FindAllocations(PoolId poolId) {}

package dk.pulje.shared.pool;

/** One allocation of a pool by its number; answered by an AllocationView or nothing. */
public record FindAllocation(PoolId poolId, int allocation) {}

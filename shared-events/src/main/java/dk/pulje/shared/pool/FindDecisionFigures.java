package dk.pulje.shared.pool;

/** How long a pool's decisions took after their round's deadline, and its outcomes by criterion. */
public record FindDecisionFigures(PoolId poolId) {}

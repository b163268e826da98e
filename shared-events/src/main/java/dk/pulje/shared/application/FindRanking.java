package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;

/** A pool's applications with a consensus, in the order its allocation ranks them; answered by a RankingView. */
public record FindRanking(PoolId poolId) {}

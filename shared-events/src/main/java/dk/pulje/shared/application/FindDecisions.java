package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;

/** A page of the decisions taken in a pool, oldest first, answered by a {@link DecisionPage}. */
public record FindDecisions(PoolId poolId, int page, int size) {}

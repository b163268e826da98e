package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;

/** How many of a pool's applications each assessor is assigned and has assessed. */
public record FindAssessorWorkload(PoolId poolId) {}

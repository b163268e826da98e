package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;

/** One application of a pool, answered by an {@link ApplicationView} or nothing. */
public record FindApplication(PoolId poolId, ApplicationId applicationId) {}

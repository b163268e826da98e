package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;

/** The assignments, independent assessments and consensus of one application. */
public record FindAssessments(PoolId poolId, ApplicationId applicationId) {}

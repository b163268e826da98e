package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;

/** A page of a pool's applications, optionally of one status, answered by an {@link ApplicationPage}. */
public record FindApplications(PoolId poolId, ApplicationStatus status, int page, int size) {
}

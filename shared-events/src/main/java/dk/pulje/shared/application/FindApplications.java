package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;

/**
 * A page of a pool's applications, optionally of one status and of one party (its applicant key, e.g.
 * {@code municipality:751}, the lead or a partner), answered by an {@link ApplicationPage}.
 */
public record FindApplications(PoolId poolId, ApplicationStatus status, String applicantKey, int page, int size) {

    public FindApplications(PoolId poolId, ApplicationStatus status, int page, int size) {
        this(poolId, status, null, page, size);
    }
}

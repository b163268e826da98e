package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/** {@code assessor} (a user id) is to assess the application independently; the decision is the pool manager's. */
@Revision("1")
public record AssessorAssigned(PoolId poolId, ApplicationId applicationId, String assessor, Decision decision)
        implements ApplicationEvent {}

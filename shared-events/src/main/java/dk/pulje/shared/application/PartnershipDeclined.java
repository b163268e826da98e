package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/**
 * {@code partner} declined its part in the joint application and is no longer one of its parties; the application
 * goes on with the lead and the other partners (alone, when none is left).
 */
@Revision("1")
public record PartnershipDeclined(PoolId poolId, ApplicationId applicationId, Applicant partner, Decision decision)
        implements ApplicationEvent {}

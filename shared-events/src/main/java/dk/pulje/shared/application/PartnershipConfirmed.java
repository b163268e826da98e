package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/** {@code partner} confirmed its part in the joint application: from now on it is active in the round with it. */
@Revision("1")
public record PartnershipConfirmed(PoolId poolId, ApplicationId applicationId, Applicant partner, Decision decision)
        implements ApplicationEvent {}

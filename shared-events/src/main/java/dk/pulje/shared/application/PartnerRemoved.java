package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/**
 * The lead removed {@code partner}, which had not confirmed its part, from the joint application: the partner is no
 * longer one of its parties, and the application goes on with the lead and the other partners (alone, when none is
 * left). The decision is the lead's: who, role, when and why.
 */
@Revision("1")
public record PartnerRemoved(PoolId poolId, ApplicationId applicationId, Applicant partner, Decision decision)
        implements ApplicationEvent {}

package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;

/** The events of an application's life; they belong to the stream of the pool it was submitted to. */
public sealed interface ApplicationEvent
        permits ApplicationSubmitted,
                ApplicationAmended,
                ApplicationWithdrawn,
                ApplicationScreened,
                ApplicationScored,
                GrantAwarded,
                ApplicationRejected,
                AwardReleased,
                AwardChanged,
                ConflictOfInterestDeclared,
                PartnershipConfirmed,
                PartnershipDeclined,
                PartnerRemoved,
                AssessorAssigned,
                ApplicationAssessed,
                ConsensusRecorded {

    PoolId poolId();

    ApplicationId applicationId();
}

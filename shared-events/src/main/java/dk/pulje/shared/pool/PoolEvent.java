package dk.pulje.shared.pool;

/** The events about a pool itself; its applications' events share the pool's stream. */
public sealed interface PoolEvent
        permits PoolDrafted,
                PoolPublished,
                PoolAmended,
                PoolClosed,
                RoundOpened,
                RoundClosed,
                PoolAmendmentProposed,
                PoolAmendmentRefused,
                PoolAnnounced,
                RoundDeadlineApproaching,
                AllocationProposed,
                AllocationApproved,
                AllocationRejected {

    PoolId poolId();
}

package dk.pulje.shared.application;

import dk.pulje.shared.pool.PoolId;
import java.util.List;

/** Each assessor of a pool, by user id: applications assigned, assessed, and still to assess. */
public record WorkloadView(PoolId poolId, List<AssessorLoad> assessors) {

    public WorkloadView {
        assessors = List.copyOf(assessors);
    }

    public record AssessorLoad(String assessor, int assigned, int assessed, int outstanding) {}
}

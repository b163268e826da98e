package dk.pulje.shared.pool;

import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.ProgrammeId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pool's overview: its terms, its money and how many applications stand in each status. {@code awarded} counts
 * the grants in force (a lapsed grant's money returns to {@code remaining}); {@code paid} is what its grants have
 * been paid and {@code repaid} what was paid back on repayment claims. {@code planned} are the dates it was announced
 * with, if it was; {@code pendingAmendment} the proposed amendment that awaits a second signature, if one does.
 */
public record PoolView(PoolId poolId,
                       ProgrammeId programmeId,
                       PoolStatus status,
                       Money budget,
                       Money awarded,
                       Money remaining,
                       int rulesVersion,
                       PoolTerms terms,
                       Map<ApplicationStatus, Integer> applicationsByStatus,
                       Money paid,
                       Money repaid,
                       PoolPlanning planned,
                       PendingAmendment pendingAmendment) {

    /** An amendment proposed by one pool manager that another must sign or refuse; {@code budget} null keeps it. */
    public record PendingAmendment(int amendment, Money budget, List<DeadlineChange> deadlineChanges,
                                   String proposedBy, Instant proposedAt, String reason) {

        public static PendingAmendment of(PoolAmendmentProposed proposed) {
            return new PendingAmendment(proposed.amendment(), proposed.budget(), proposed.deadlineChanges(),
                    proposed.decision().decidedBy(), proposed.decision().decidedAt(), proposed.decision().reason());
        }
    }
}

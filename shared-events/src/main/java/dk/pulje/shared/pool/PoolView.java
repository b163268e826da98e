package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pool's overview: its terms, its money and how many applications stand in each status. {@code awarded} counts
 * what its grants still hold: money no longer awarded (a lapsed grant's amount, a closed grant's unpaid rest,
 * repayments) goes where the terms' {@code grantConditions.returnsTo} sends it, shown as {@code returnedToPool}
 * (available again, so part of {@code remaining}) or {@code returnedToState} (used: budget = awarded +
 * returnedToState + remaining). {@code paid} is what its grants have been paid and {@code repaid} what was paid back
 * on repayment claims. {@code planned} are the dates it was announced
 * with, if it was; {@code pendingAmendment} the proposed amendment that awaits a second signature, if one does.
 */
public record PoolView(
        PoolId poolId,
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
        PendingAmendment pendingAmendment,
        Money returnedToPool,
        Money returnedToState) {

    /** The same pool without its pending amendment, for a reader who may not see one. */
    public PoolView withoutPendingAmendment() {
        return new PoolView(
                poolId,
                programmeId,
                status,
                budget,
                awarded,
                remaining,
                rulesVersion,
                terms,
                applicationsByStatus,
                paid,
                repaid,
                planned,
                null,
                returnedToPool,
                returnedToState);
    }

    /**
     * An amendment proposed by one pool manager that another must sign or refuse; {@code budget} null keeps it, and
     * {@code assessment} null the assessment rules.
     */
    public record PendingAmendment(
            int amendment,
            Money budget,
            List<DeadlineChange> deadlineChanges,
            String proposedBy,
            Instant proposedAt,
            String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) AssessmentRules assessment,
            @JsonInclude(JsonInclude.Include.NON_NULL) ApplicationForm form,
            @JsonInclude(JsonInclude.Include.NON_NULL) PoolInformation information) {

        public static PendingAmendment of(PoolAmendmentProposed proposed) {
            return new PendingAmendment(
                    proposed.amendment(),
                    proposed.budget(),
                    proposed.deadlineChanges(),
                    proposed.decision().decidedBy(),
                    proposed.decision().decidedAt(),
                    proposed.decision().reason(),
                    proposed.assessment(),
                    proposed.form(),
                    proposed.information());
        }
    }
}

package dk.pulje.shared.application;

import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An application's assessment: who is assigned, each independent assessment and the consensus. An assessor who has
 * not yet assessed sees the others' assessments {@code hidden}, without their scores, and no consensus.
 */
public record AssessmentsView(
        PoolId poolId,
        ApplicationId applicationId,
        List<Assignment> assigned,
        List<Assessment> assessments,
        Consensus consensus) {

    public AssessmentsView {
        assigned = List.copyOf(assigned);
        assessments = List.copyOf(assessments);
    }

    /** An assessor assigned by the pool manager, and whether they have assessed. */
    public record Assignment(String assessor, String assignedBy, Instant assignedAt, boolean assessed) {}

    /** One assessor's assessment; scores, weighted score and reason are null where it is hidden. */
    public record Assessment(
            String assessor,
            Role role,
            Instant assessedAt,
            int rulesVersion,
            boolean hidden,
            List<CriterionScore> scores,
            BigDecimal weightedScore,
            String reason) {

        Assessment blinded() {
            return new Assessment(assessor, role, assessedAt, rulesVersion, true, null, null, null);
        }
    }

    /** The agreed scores, the weighted score they make, whose assessments they settle, and who decided, when, why. */
    public record Consensus(
            List<CriterionScore> scores,
            BigDecimal weightedScore,
            List<String> assessors,
            int rulesVersion,
            String decidedBy,
            Role role,
            Instant decidedAt,
            String reason) {}

    /**
     * The view as {@code reader} in {@code role} may see it: an assessor who has not assessed the application sees
     * that others have, not what they gave, and no consensus; every other staff role sees all.
     */
    public AssessmentsView as(String reader, Role role) {
        if (role != Role.ASSESSOR
                || assessments.stream().anyMatch(a -> a.assessor().equals(reader))) {
            return this;
        }
        return new AssessmentsView(
                poolId,
                applicationId,
                assigned,
                assessments.stream().map(Assessment::blinded).toList(),
                null);
    }
}

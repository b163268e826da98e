package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The agreed scores of an application after its independent assessments by {@code assessors}, on the criteria of
 * the pool's rules version {@code rulesVersion}, and the weighted score they make (each criterion's weight times its
 * agreed score, exact). A later consensus replaces an earlier one.
 */
@Revision("1")
public record ConsensusRecorded(
        PoolId poolId,
        ApplicationId applicationId,
        List<CriterionScore> scores,
        BigDecimal weightedScore,
        List<String> assessors,
        int rulesVersion,
        Decision decision)
        implements ApplicationEvent {

    public ConsensusRecorded {
        scores = List.copyOf(scores);
        assessors = List.copyOf(assessors);
    }
}

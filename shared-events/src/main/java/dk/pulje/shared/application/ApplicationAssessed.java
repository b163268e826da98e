package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.pool.PoolId;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * One assessor's independent assessment on the criteria of the pool's rules version {@code rulesVersion}: a score and
 * its justification per criterion, and the weighted score they make (each criterion's weight times its score).
 */
@Revision("1")
public record ApplicationAssessed(
        PoolId poolId,
        ApplicationId applicationId,
        List<CriterionScore> scores,
        BigDecimal weightedScore,
        int rulesVersion,
        Decision decision)
        implements ApplicationEvent {

    public ApplicationAssessed {
        scores = List.copyOf(scores);
    }
}

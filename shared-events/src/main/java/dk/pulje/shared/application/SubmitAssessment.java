package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An assigned assessor's independent assessment: a score with a justification for every one of the pool's criteria,
 * and optionally an overall remark.
 */
public record SubmitAssessment(
        @TargetAggregateIdentifier PoolId poolId,
        ApplicationId applicationId,
        List<CriterionScore> scores,
        Actor actor,
        String reason) {

    public SubmitAssessment {
        if (scores == null || scores.isEmpty() || scores.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue("assessment.scores", "An assessment scores the pool's criteria");
        }
        scores = List.copyOf(scores);
        reason = Reason.optional(reason);
    }
}

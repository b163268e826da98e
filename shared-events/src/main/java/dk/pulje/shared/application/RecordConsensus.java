package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The pool manager or a lead assessor records the assessors' consensus: the agreed score per criterion, each with
 * why it is what it is where the assessors differed, and a reason for the whole.
 */
public record RecordConsensus(
        @TargetAggregateIdentifier PoolId poolId,
        ApplicationId applicationId,
        List<CriterionScore> scores,
        Actor actor,
        String reason) {

    public RecordConsensus {
        if (scores == null || scores.isEmpty() || scores.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue("consensus.scores", "A consensus agrees a score on each of the pool's criteria");
        }
        scores = List.copyOf(scores);
        reason = Reason.required(reason, "A consensus");
    }
}

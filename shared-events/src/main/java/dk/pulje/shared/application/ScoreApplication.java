package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An assessor scores an eligible application from 1 (weak) to 5 (strong), with a justification. */
public record ScoreApplication(
        @TargetAggregateIdentifier PoolId poolId,
        ApplicationId applicationId,
        int score,
        Actor actor,
        String justification) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public ScoreApplication {
        if (score < LOWEST || score > HIGHEST) {
            throw new InvalidValue("score.range", "A score is from " + LOWEST + " to " + HIGHEST);
        }
        justification = Reason.required(justification, "A score");
    }
}

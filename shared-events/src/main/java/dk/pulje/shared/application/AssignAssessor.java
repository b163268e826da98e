package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The pool manager assigns a staff user ({@code assessor}, by user id) to assess an application. */
public record AssignAssessor(
        @TargetAggregateIdentifier PoolId poolId,
        ApplicationId applicationId,
        String assessor,
        Actor actor,
        String reason) {

    public AssignAssessor {
        assessor = Text.required(assessor, "The assessor's user id", 100);
        reason = Reason.optional(reason);
    }
}

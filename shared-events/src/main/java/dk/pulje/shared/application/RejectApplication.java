package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The approver refuses an application, always with a reason (afslag). */
public record RejectApplication(
        @TargetAggregateIdentifier PoolId poolId, ApplicationId applicationId, Actor actor, String reason) {

    public RejectApplication {
        reason = Reason.required(reason, "A rejection");
    }
}

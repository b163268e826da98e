package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An assessor judges whether an application is eligible, and says why. */
public record ScreenApplication(
        @TargetAggregateIdentifier PoolId poolId,
        ApplicationId applicationId,
        boolean eligible,
        Actor actor,
        String reason) {

    public ScreenApplication {
        reason = Reason.required(reason, "A screening");
    }
}

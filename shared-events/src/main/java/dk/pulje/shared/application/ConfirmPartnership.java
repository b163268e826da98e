package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partner named in a joint application confirms its part, signed in for its own organisation; only then does the
 * application count as the partner's active application in the round.
 */
public record ConfirmPartnership(
        @TargetAggregateIdentifier PoolId poolId, ApplicationId applicationId, Actor actor, String reason) {

    public ConfirmPartnership {
        reason = Reason.optional(reason);
    }
}

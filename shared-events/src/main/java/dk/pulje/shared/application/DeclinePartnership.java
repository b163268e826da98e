package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner named in a joint application declines its part, with a reason; it leaves the partnership. */
public record DeclinePartnership(
        @TargetAggregateIdentifier PoolId poolId, ApplicationId applicationId, Actor actor, String reason) {

    public DeclinePartnership {
        reason = Reason.required(reason, "Declining a partnership");
    }
}

package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a drafted pool to the public: from here on it changes only by amendments with a reason. */
public record PublishPool(@TargetAggregateIdentifier PoolId poolId, Actor actor, String reason) {

    public PublishPool {
        reason = Reason.optional(reason);
    }
}

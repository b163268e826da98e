package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a pool: no more applications or awards. */
public record ClosePool(@TargetAggregateIdentifier PoolId poolId, Actor actor, String reason) {

    public ClosePool {
        reason = Reason.required(reason, "Closing a pool");
    }
}

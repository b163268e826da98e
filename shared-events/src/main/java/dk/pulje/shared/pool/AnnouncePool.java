package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tells the public that a drafted pool is coming, with its planned dates, before its real rounds are published. */
public record AnnouncePool(@TargetAggregateIdentifier PoolId poolId, PoolPlanning planned, Actor actor, String reason) {

    public AnnouncePool {
        if (poolId == null || planned == null || actor == null) {
            throw new InvalidValue("announcement.incomplete", "An announcement names the pool and its planned dates");
        }
        reason = Reason.optional(reason);
    }
}

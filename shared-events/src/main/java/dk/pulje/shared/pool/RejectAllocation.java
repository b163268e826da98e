package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rejects (or, as its proposer, withdraws) a proposed allocation, always with a reason; nothing is awarded. */
public record RejectAllocation(@TargetAggregateIdentifier PoolId poolId, int allocation, Actor actor, String reason) {

    public RejectAllocation {
        if (poolId == null || actor == null || allocation < 1) {
            throw new InvalidValue(
                    "allocation.rejection", "A rejection names the pool, the allocation and who rejects");
        }
        reason = Reason.required(reason, "A rejection of an allocation");
    }
}

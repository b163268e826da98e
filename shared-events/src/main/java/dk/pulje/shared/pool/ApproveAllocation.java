package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An approver other than the proposer approves a proposed allocation: every award in it is made, as one batch, or
 * none is.
 */
public record ApproveAllocation(@TargetAggregateIdentifier PoolId poolId, int allocation, Actor actor, String reason) {

    public ApproveAllocation {
        if (poolId == null || actor == null || allocation < 1) {
            throw new InvalidValue(
                    "allocation.approval", "An approval names the pool, the allocation and who approves");
        }
        reason = Reason.optional(reason);
    }
}

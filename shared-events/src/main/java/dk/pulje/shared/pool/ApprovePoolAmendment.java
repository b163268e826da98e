package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The second signature on a proposed amendment, by a pool manager other than its proposer. */
public record ApprovePoolAmendment(
        @TargetAggregateIdentifier PoolId poolId, int amendment, Actor actor, String reason) {

    public ApprovePoolAmendment {
        if (poolId == null || actor == null || amendment < 1) {
            throw new InvalidValue("amendment.approval", "An approval names the pool, the amendment and who approves");
        }
        reason = Reason.optional(reason);
    }
}

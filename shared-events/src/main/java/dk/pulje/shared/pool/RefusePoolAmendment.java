package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Refuses a proposed amendment, always with a reason. */
public record RefusePoolAmendment(@TargetAggregateIdentifier PoolId poolId, int amendment, Actor actor, String reason) {

    public RefusePoolAmendment {
        if (poolId == null || actor == null || amendment < 1) {
            throw new InvalidValue("amendment.refusal", "A refusal names the pool, the amendment and who refuses");
        }
        reason = Reason.required(reason, "A refusal");
    }
}

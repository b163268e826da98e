package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The approver awards an amount, at most what was asked for, from the pool's remaining budget (bevilling). */
public record AwardGrant(
        @TargetAggregateIdentifier PoolId poolId,
        ApplicationId applicationId,
        Money amount,
        Actor actor,
        String reason) {

    public AwardGrant {
        if (amount == null || amount.isZero()) {
            throw new InvalidValue("award.amount", "An award is an amount above 0");
        }
        reason = Reason.required(reason, "An award");
    }
}

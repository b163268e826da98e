package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A finance officer records money received on a claim. */
public record RecordRepayment(@TargetAggregateIdentifier GrantId grantId, String claimId, Money amount, Actor actor) {

    public RecordRepayment {
        claimId = Identifier.require(claimId, "A claim id");
        if (amount == null || amount.isZero()) {
            throw new InvalidValue("repayment.amount", "A repayment is an amount above 0");
        }
    }
}

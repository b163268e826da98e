package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A finance officer claims money back: unspent or misused. Claims under 500 kr. are waived by rule. */
public record ClaimRepayment(
        @TargetAggregateIdentifier GrantId grantId, String claimId, Money amount, Actor actor, String reason) {

    public ClaimRepayment {
        claimId = Identifier.require(claimId, "A claim id");
        if (amount == null || amount.isZero()) {
            throw new InvalidValue("repayment.amount", "A claim is an amount above 0");
        }
        reason = Reason.required(reason, "A repayment claim");
    }
}

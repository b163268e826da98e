package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A finance officer pays part of a year's scheduled amount. */
public record RecordDisbursement(
        @TargetAggregateIdentifier GrantId grantId,
        String paymentId,
        Integer year,
        Money amount,
        Actor actor,
        String reason) {

    public RecordDisbursement {
        paymentId = Identifier.require(paymentId, "A payment id");
        if (year == null) {
            throw new InvalidValue("disbursement.year", "A disbursement names the year of the schedule it pays");
        }
        if (amount == null || amount.isZero()) {
            throw new InvalidValue("disbursement.amount", "A disbursement is an amount above 0");
        }
        reason = Reason.optional(reason);
    }
}

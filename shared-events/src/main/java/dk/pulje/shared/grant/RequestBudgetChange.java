package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The grantee moves money between budget lines or carries a year's money over; the reason is required. */
public record RequestBudgetChange(
        @TargetAggregateIdentifier GrantId grantId, String changeId, BudgetChange change, Actor actor, String reason) {

    public RequestBudgetChange {
        changeId = Identifier.require(changeId, "A budget change id");
        if (change == null) {
            throw new InvalidValue("budget-change.missing", "A budget change names kind, from, to and amount");
        }
        reason = Reason.required(reason, "A budget change");
    }
}

package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Grant staff refuse a requested budget change, saying why. */
public record RefuseBudgetChange(
        @TargetAggregateIdentifier GrantId grantId, String changeId, Actor actor, String reason) {

    public RefuseBudgetChange {
        changeId = Identifier.require(changeId, "A budget change id");
        reason = Reason.required(reason, "Refusing a budget change");
    }
}

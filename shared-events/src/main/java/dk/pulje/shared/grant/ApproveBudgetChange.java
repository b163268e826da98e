package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Grant staff approve a requested budget change, saying why. */
public record ApproveBudgetChange(
        @TargetAggregateIdentifier GrantId grantId, String changeId, Actor actor, String reason) {

    public ApproveBudgetChange {
        changeId = Identifier.require(changeId, "A budget change id");
        reason = Reason.required(reason, "Approving a budget change");
    }
}

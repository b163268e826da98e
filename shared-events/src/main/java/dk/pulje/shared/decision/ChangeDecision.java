package dk.pulje.shared.decision;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff reconsider the decision and change it: a rejection to a grant of {@code amount}, or a grant to another amount.
 */
public record ChangeDecision(
        @TargetAggregateIdentifier DecisionId decisionId,
        String reconsiderationId,
        Money amount,
        Actor actor,
        String reason) {

    public ChangeDecision {
        if (amount == null || amount.isZero()) {
            throw new InvalidValue("award.amount", "A changed decision grants an amount above 0");
        }
        reason = Reason.required(reason, "Changing a decision");
    }
}

package dk.pulje.shared.decision;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff reconsider the decision and let it stand, saying why. */
public record UpholdDecision(
        @TargetAggregateIdentifier DecisionId decisionId, String reconsiderationId, Actor actor, String reason) {

    public UpholdDecision {
        reason = Reason.required(reason, "Upholding a decision");
    }
}

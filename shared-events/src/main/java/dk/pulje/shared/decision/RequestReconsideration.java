package dk.pulje.shared.decision;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The applicant asks for its decision to be looked at again, saying why. */
public record RequestReconsideration(
        @TargetAggregateIdentifier DecisionId decisionId, String reconsiderationId, Actor actor, String reason) {

    public RequestReconsideration {
        Identifier.require(reconsiderationId, "A reconsideration id");
        reason = Reason.required(reason, "A request for reconsideration");
    }
}

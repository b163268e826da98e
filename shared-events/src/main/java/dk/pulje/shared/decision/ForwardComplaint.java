package dk.pulje.shared.decision;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff send an upheld decision's reconsideration on to the complaint body its letter names. */
public record ForwardComplaint(
        @TargetAggregateIdentifier DecisionId decisionId, String reconsiderationId, Actor actor, String reason) {

    public ForwardComplaint {
        reason = Reason.optional(reason);
    }
}

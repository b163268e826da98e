package dk.pulje.shared.subscription;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.common.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The organisation ends its subscription. */
public record Unsubscribe(@TargetAggregateIdentifier String subscriptionId, Actor actor, String reason) {

    public Unsubscribe {
        if (actor == null || actor.role() != Role.APPLICANT) {
            throw new InvalidValue("subscription.actor", "An organisation unsubscribes through someone acting for it");
        }
        subscriptionId = Subscribe.of(actor.organisation());
        reason = Reason.optional(reason);
    }
}

package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Grant staff close a grant whose final report and accounts are approved and which owes nothing. */
public record CloseGrant(@TargetAggregateIdentifier GrantId grantId, Actor actor, String reason) {

    public CloseGrant {
        reason = Reason.optional(reason);
    }
}

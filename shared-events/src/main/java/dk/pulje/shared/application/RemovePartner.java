package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The lead of a joint application removes a partner that has not confirmed its part, with a reason: a partner that
 * never answers, or cannot confirm, no longer holds up the award. {@code partner} is the partner's applicant key,
 * e.g. {@code municipality:461}.
 */
public record RemovePartner(
        @TargetAggregateIdentifier PoolId poolId,
        ApplicationId applicationId,
        String partner,
        Actor actor,
        String reason) {

    /** An applicant key is its kind's prefix and a code or CVR number: far shorter than this. */
    private static final int MAX_PARTNER_LENGTH = 40;

    public RemovePartner {
        partner = Text.required(partner, "The partner to remove (its key, e.g. municipality:461)", MAX_PARTNER_LENGTH);
        reason = Reason.required(reason, "Removing a partner");
    }
}

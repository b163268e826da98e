package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registering organisation (or a pool manager) withdraws a registration. */
public record CancelRegistration(
        @TargetAggregateIdentifier MeetingId meetingId, String registrationId, Actor actor, String reason) {

    public CancelRegistration {
        if (meetingId == null || registrationId == null || actor == null) {
            throw new InvalidValue("registration.incomplete", "A cancellation names the meeting and registration");
        }
        reason = Reason.optional(reason);
    }
}

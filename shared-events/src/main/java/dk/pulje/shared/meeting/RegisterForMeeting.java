package dk.pulje.shared.meeting;

import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An organisation registers one attendee; beyond the capacity the attendee is put on the waiting list. */
public record RegisterForMeeting(
        @TargetAggregateIdentifier MeetingId meetingId, String registrationId, ContactPerson attendee, Actor actor) {

    public RegisterForMeeting {
        if (meetingId == null || registrationId == null || actor == null || actor.organisation() == null) {
            throw new InvalidValue(
                    "registration.incomplete",
                    "A registration names the meeting and is made by someone acting for an organisation");
        }
        attendee = ContactPerson.required(attendee, "A registration");
    }
}

package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a meeting in time or place, with a reason; those registered are told. */
public record ChangeMeeting(
        @TargetAggregateIdentifier MeetingId meetingId, MeetingTime time, Actor actor, String reason) {

    public ChangeMeeting {
        if (meetingId == null || time == null || actor == null) {
            throw new InvalidValue("meeting.incomplete", "A change names the meeting and its new time and place");
        }
        reason = Reason.required(reason, "A change of a meeting");
    }
}

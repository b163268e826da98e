package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a meeting, with a reason; those registered are told. */
public record CancelMeeting(@TargetAggregateIdentifier MeetingId meetingId, Actor actor, String reason) {

    public CancelMeeting {
        if (meetingId == null || actor == null) {
            throw new InvalidValue("meeting.incomplete", "A cancellation names the meeting");
        }
        reason = Reason.required(reason, "A cancellation of a meeting");
    }
}

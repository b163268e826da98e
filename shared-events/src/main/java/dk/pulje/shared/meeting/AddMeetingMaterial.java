package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.net.URI;

/** Slides, a recording or other material from the meeting, as a title and an https link. */
public record AddMeetingMaterial(@TargetAggregateIdentifier MeetingId meetingId, String title, URI link,
                                 Actor actor) {

    public AddMeetingMaterial {
        if (meetingId == null || actor == null) {
            throw new InvalidValue("material.incomplete", "Material names its meeting");
        }
        title = Text.required(title, "Material's title", 200);
        if (link == null || !"https".equals(link.getScheme()) || link.getHost() == null
                || link.toString().length() > 1000) {
            throw new InvalidValue("material.link", "Material is linked with an https address");
        }
    }
}

package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.common.Translations;
import java.net.URI;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Slides, a recording or other material from the meeting, as a title and an https link; the title's
 * {@code translations} by language code where it has them.
 */
public record AddMeetingMaterial(
        @TargetAggregateIdentifier MeetingId meetingId,
        String title,
        URI link,
        Actor actor,
        Map<String, String> translations) {

    public AddMeetingMaterial(MeetingId meetingId, String title, URI link, Actor actor) {
        this(meetingId, title, link, actor, null);
    }

    public AddMeetingMaterial {
        if (meetingId == null || actor == null) {
            throw new InvalidValue("material.incomplete", "Material names its meeting");
        }
        title = Text.required(title, "Material's title", 200);
        translations = Translations.of(translations, "Material's title", 200);
        if (link == null
                || !"https".equals(link.getScheme())
                || link.getHost() == null
                || link.toString().length() > 1000) {
            throw new InvalidValue("material.link", "Material is linked with an https address");
        }
    }
}

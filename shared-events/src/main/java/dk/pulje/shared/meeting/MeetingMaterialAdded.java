package dk.pulje.shared.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.Decision;
import java.net.URI;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * Material from a meeting: its title as published and its {@code translations} by language code (none in events
 * before revision 2).
 */
@Revision("2")
public record MeetingMaterialAdded(
        MeetingId meetingId,
        String title,
        URI link,
        Decision decision,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> translations) {

    public MeetingMaterialAdded {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    public MeetingMaterialAdded(MeetingId meetingId, String title, URI link, Decision decision) {
        this(meetingId, title, link, decision, null);
    }
}

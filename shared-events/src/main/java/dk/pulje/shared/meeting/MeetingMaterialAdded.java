package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

import java.net.URI;

@Revision("1")
public record MeetingMaterialAdded(MeetingId meetingId, String title, URI link, Decision decision) {
}

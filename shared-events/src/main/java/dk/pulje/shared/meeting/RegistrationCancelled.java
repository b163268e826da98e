package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RegistrationCancelled(MeetingId meetingId, String registrationId, Decision decision) {}

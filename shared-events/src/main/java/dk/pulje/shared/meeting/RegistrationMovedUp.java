package dk.pulje.shared.meeting;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A seat came free and the first on the waiting list took it. */
@Revision("1")
public record RegistrationMovedUp(MeetingId meetingId, String registrationId, Instant movedAt) {}

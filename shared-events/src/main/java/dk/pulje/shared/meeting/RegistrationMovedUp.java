package dk.pulje.shared.meeting;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A seat came free and the first on the waiting list took it. */
@Revision("1")
public record RegistrationMovedUp(MeetingId meetingId, String registrationId, Instant movedAt) {
}

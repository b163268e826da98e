package dk.pulje.shared.meeting;

import dk.pulje.shared.application.ContactPerson;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A registration, with a seat or ({@code waiting}) on the waiting list; the attendee is personal data. */
@Revision("1")
public record RegisteredForMeeting(
        MeetingId meetingId,
        String registrationId,
        String organisation,
        ContactPerson attendee,
        boolean waiting,
        String registeredBy,
        Instant registeredAt) {}

package dk.pulje.query.notification;

import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.Rows;
import dk.pulje.query.web.Formats;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.meeting.MeetingCancelled;
import dk.pulje.shared.meeting.MeetingChanged;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.RegisteredForMeeting;
import dk.pulje.shared.meeting.RegistrationCancelled;
import dk.pulje.shared.personal.PersonalDataErased;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Tells those registered for an information meeting that it moved or was cancelled. */
@Component
@ProcessingGroup(ProcessingGroups.NOTIFICATIONS)
class MeetingNews {

    private final ProjectionJdbc jdbc;
    private final Telling telling;

    MeetingNews(ProjectionJdbc jdbc, Telling telling) {
        this.jdbc = jdbc;
        this.telling = telling;
    }

    @EventHandler
    void on(RegisteredForMeeting event) {
        if (!event.attendee().isErased()) {
            Rows.insertIfAbsent(
                    jdbc,
                    "notification_attendee",
                    registration(event.meetingId(), event.registrationId())
                            .addValue("recipient_name", event.attendee().name())
                            .addValue("recipient_email", event.attendee().email())
                            .addValue("recipient_subject", event.attendee().subject()),
                    "meeting_id",
                    "registration_id");
        }
    }

    @EventHandler
    void on(RegistrationCancelled event) {
        jdbc.update(
                "DELETE FROM notification_attendee WHERE meeting_id = :meeting_id AND registration_id = "
                        + ":registration_id",
                registration(event.meetingId(), event.registrationId()));
    }

    @EventHandler
    void on(MeetingChanged event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        tellAttendees(
                event.meetingId(),
                eventId,
                at,
                MeetingNotices.moved(
                        event.previous(),
                        event.time(),
                        event.decision().reason(),
                        telling.link("/public/meetings/" + event.meetingId())));
    }

    @EventHandler
    void on(MeetingCancelled event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        tellAttendees(
                event.meetingId(),
                eventId,
                at,
                MeetingNotices.cancelled(
                        event.time(),
                        event.decision().reason(),
                        telling.link("/public/meetings/" + event.meetingId())));
    }

    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.update(
                "DELETE FROM notification_attendee WHERE recipient_subject = :subject",
                Map.of("subject", event.subject()));
    }

    /** Attendees register without a language: they are written to in Danish. */
    private void tellAttendees(MeetingId meetingId, String eventId, Instant at, Letter letter) {
        if (telling.fresh(at)) {
            List<ContactPerson> attendees = jdbc.query(
                    "SELECT * FROM notification_attendee WHERE meeting_id = " + ":meeting_id ORDER BY registration_id",
                    new MapSqlParameterSource("meeting_id", meetingId.value()),
                    (row, index) -> new ContactPerson(
                            row.getString("recipient_name"),
                            row.getString("recipient_email"),
                            null,
                            row.getString("recipient_subject")));
            attendees.forEach(attendee -> telling.tell(eventId, attendee, letter, Formats.DANISH));
        }
    }

    private static MapSqlParameterSource registration(MeetingId meetingId, String registrationId) {
        return new MapSqlParameterSource("meeting_id", meetingId.value()).addValue("registration_id", registrationId);
    }
}

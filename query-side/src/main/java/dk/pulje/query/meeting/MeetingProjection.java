package dk.pulje.query.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.query.infra.Changes;
import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.ReadModel;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.meeting.MeetingCancelled;
import dk.pulje.shared.meeting.MeetingChanged;
import dk.pulje.shared.meeting.MeetingId;
import dk.pulje.shared.meeting.MeetingMaterialAdded;
import dk.pulje.shared.meeting.MeetingPlanned;
import dk.pulje.shared.meeting.MeetingTime;
import dk.pulje.shared.meeting.RegisteredForMeeting;
import dk.pulje.shared.meeting.RegistrationCancelled;
import dk.pulje.shared.meeting.RegistrationMovedUp;
import dk.pulje.shared.personal.PersonalDataErased;
import dk.pulje.shared.pool.PoolId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Information meetings and their registrations. Seats and waiting places are counted when read, never kept as
 * running totals, so an event delivered twice cannot count twice. Attendees are personal data: an erased person's
 * rows keep only their subject, as a replay would.
 */
@Component
@ProcessingGroup(ProcessingGroups.MEETINGS)
class MeetingProjection implements ReadModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProjectionJdbc jdbc;

    MeetingProjection(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A material's title as published, its link, and the title's translations by language code. */
    record Material(
            String title,
            String link,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> translations) {

        Material {
            translations = translations == null ? Map.of() : Map.copyOf(translations);
        }

        /** The material titled in {@code language} where it has a translation into it, else as published. */
        Material in(String language) {
            return new Material(translations.getOrDefault(language, title), link, null);
        }
    }

    @Override
    public List<Table> tables() {
        return List.of(
                new Table("meeting", "meeting_id"), new Table("meeting_registration", "meeting_id, registration_id"));
    }

    @EventHandler
    void on(MeetingPlanned event, @SequenceNumber long sequence) {
        Rows.insertIfAbsent(
                jdbc,
                "meeting",
                time(meeting(event.meetingId(), sequence), event.time())
                        .addValue(
                                "pools",
                                event.pools().stream().map(PoolId::value).collect(Collectors.joining(",")))
                        .addValue("free", event.free())
                        .addValue("capacity", event.capacity())
                        .addValue("status", "PLANNED")
                        .addValue("reason", null)
                        .addValue("material", "[]"),
                "meeting_id");
    }

    @EventHandler
    void on(MeetingChanged event, @SequenceNumber long sequence) {
        MeetingTime time = event.time();
        change(
                event.meetingId(),
                sequence,
                Changes.set("meeting_date", time.date())
                        .and("starts", time.starts())
                        .and("ends", time.ends())
                        .and("place", time.place())
                        .and("reason", event.decision().reason()));
    }

    @EventHandler
    void on(MeetingCancelled event, @SequenceNumber long sequence) {
        change(
                event.meetingId(),
                sequence,
                Changes.set("status", "CANCELLED")
                        .and("reason", event.decision().reason()));
    }

    @EventHandler
    void on(MeetingMaterialAdded event, @SequenceNumber long sequence) {
        MapSqlParameterSource meeting = meeting(event.meetingId(), sequence);
        for (String json : jdbc.queryForList(
                "SELECT material FROM meeting WHERE meeting_id = :meeting_id AND " + "last_sequence < :last_sequence",
                meeting,
                String.class)) {
            List<Material> material = new ArrayList<>(List.of(JSON.readValue(json, Material[].class)));
            material.add(new Material(event.title(), event.link().toString(), event.translations()));
            change(event.meetingId(), sequence, Changes.set("material", JSON.writeValueAsString(material)));
        }
    }

    @EventHandler
    void on(RegisteredForMeeting event) {
        ContactPerson attendee = event.attendee();
        Rows.insertIfAbsent(
                jdbc,
                "meeting_registration",
                registration(event.meetingId(), event.registrationId())
                        .addValue("organisation", event.organisation())
                        .addValue("attendee_name", attendee.name())
                        .addValue("attendee_email", attendee.email())
                        .addValue("attendee_phone", attendee.phone())
                        .addValue("attendee_subject", attendee.subject())
                        .addValue("waiting", event.waiting())
                        .addValue("registered_at", Rows.timestamp(event.registeredAt())),
                "meeting_id",
                "registration_id");
    }

    @EventHandler
    void on(RegistrationCancelled event) {
        jdbc.update(
                "DELETE FROM meeting_registration WHERE meeting_id = :meeting_id AND registration_id = "
                        + ":registration_id",
                registration(event.meetingId(), event.registrationId()));
    }

    @EventHandler
    void on(RegistrationMovedUp event) {
        jdbc.update(
                "UPDATE meeting_registration SET waiting = FALSE WHERE meeting_id = :meeting_id AND "
                        + "registration_id = :registration_id",
                registration(event.meetingId(), event.registrationId()));
    }

    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.update(
                "UPDATE meeting_registration SET attendee_name = :name, attendee_email = NULL, "
                        + "attendee_phone = NULL WHERE attendee_subject = :subject",
                Map.of("name", ContactPerson.ERASED_NAME, "subject", event.subject()));
    }

    @ResetHandler
    void reset() {
        deleteAllRows(jdbc.getJdbcOperations());
    }

    private void change(MeetingId meetingId, long sequence, Changes changes) {
        Rows.updateOnce(jdbc, "meeting", Map.of("meeting_id", meetingId.value()), sequence, changes);
    }

    private static MapSqlParameterSource meeting(MeetingId meetingId, long sequence) {
        return new MapSqlParameterSource("meeting_id", meetingId.value()).addValue("last_sequence", sequence);
    }

    private static MapSqlParameterSource registration(MeetingId meetingId, String registrationId) {
        return new MapSqlParameterSource("meeting_id", meetingId.value()).addValue("registration_id", registrationId);
    }

    private static MapSqlParameterSource time(MapSqlParameterSource row, MeetingTime time) {
        return row.addValue("meeting_date", time.date())
                .addValue("starts", time.starts())
                .addValue("ends", time.ends())
                .addValue("place", time.place());
    }
}

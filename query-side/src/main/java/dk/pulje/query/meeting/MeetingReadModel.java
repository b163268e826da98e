package dk.pulje.query.meeting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.personal.PersonalData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads the meetings (public) and their registrations (personal data) from the meetings read model. */
@Component
public class MeetingReadModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WITH_COUNTS = "SELECT m.*, (SELECT COUNT(*) FROM meeting_registration r WHERE "
            + "r.meeting_id = m.meeting_id AND NOT r.waiting) AS seated, (SELECT COUNT(*) FROM meeting_registration r "
            + "WHERE r.meeting_id = m.meeting_id AND r.waiting) AS waiting_count FROM meeting m ";

    private final NamedParameterJdbcTemplate jdbc;

    MeetingReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting as anyone may read it: when, where, about which pools, how full, and its material. */
    public record PublicMeeting(
            String meetingId,
            List<String> pools,
            LocalDate date,
            LocalTime starts,
            LocalTime ends,
            String place,
            boolean free,
            int capacity,
            int seatsTaken,
            int waiting,
            String status,
            String reason,
            List<MeetingProjection.Material> material) {

        /** The meeting with its material titled in {@code language} where the material has it. */
        public PublicMeeting in(String language) {
            return new PublicMeeting(
                    meetingId,
                    pools,
                    date,
                    starts,
                    ends,
                    place,
                    free,
                    capacity,
                    seatsTaken,
                    waiting,
                    status,
                    reason,
                    material.stream().map(m -> m.in(language)).toList());
        }
    }

    /** A registration and its attendee, personal data: the subject is the attendee's, as in the events. */
    public record Registration(
            String registrationId,
            String organisation,
            String name,
            String email,
            String phone,
            String subject,
            boolean waiting,
            Instant registeredAt)
            implements PersonalData {

        @JsonIgnore
        @Override
        public boolean isErased() {
            return email == null;
        }
    }

    /** Every meeting, soonest first. */
    public List<PublicMeeting> meetings() {
        return jdbc.query(
                WITH_COUNTS + "ORDER BY m.meeting_date, m.meeting_id",
                new MapSqlParameterSource(),
                (row, index) -> meeting(row));
    }

    /** The meetings about a pool, soonest first. */
    public List<PublicMeeting> about(String poolId) {
        return meetings().stream()
                .filter(meeting -> meeting.pools().contains(poolId))
                .toList();
    }

    public List<PublicMeeting> meeting(String meetingId) {
        return jdbc.query(
                WITH_COUNTS + "WHERE m.meeting_id = :meeting_id",
                new MapSqlParameterSource("meeting_id", meetingId),
                (row, index) -> meeting(row));
    }

    /** The meeting's registrations: the seated in the order they came, then the waiting list in its order. */
    public List<Registration> registrations(String meetingId) {
        return jdbc.query(
                "SELECT * FROM meeting_registration WHERE meeting_id = :meeting_id "
                        + "ORDER BY waiting, registered_at, registration_id",
                new MapSqlParameterSource("meeting_id", meetingId),
                (row, index) -> new Registration(
                        row.getString("registration_id"),
                        row.getString("organisation"),
                        row.getString("attendee_name"),
                        row.getString("attendee_email"),
                        row.getString("attendee_phone"),
                        row.getString("attendee_subject"),
                        row.getBoolean("waiting"),
                        Rows.instant(row, "registered_at")));
    }

    private static PublicMeeting meeting(ResultSet row) throws SQLException {
        return new PublicMeeting(
                row.getString("meeting_id"),
                Arrays.asList(row.getString("pools").split(",")),
                row.getObject("meeting_date", LocalDate.class),
                time(row, "starts"),
                time(row, "ends"),
                row.getString("place"),
                row.getBoolean("free"),
                row.getInt("capacity"),
                row.getInt("seated"),
                row.getInt("waiting_count"),
                row.getString("status"),
                row.getString("reason"),
                List.of(JSON.readValue(row.getString("material"), MeetingProjection.Material[].class)));
    }

    private static LocalTime time(ResultSet row, String column) throws SQLException {
        Time time = row.getTime(column);
        return time == null ? null : time.toLocalTime();
    }
}

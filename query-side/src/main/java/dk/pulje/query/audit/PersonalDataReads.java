package dk.pulje.query.audit;

import dk.pulje.query.infra.Rows;
import dk.pulje.spring.security.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The access log of personal data: every answer that shows a contact person (an application's submission in the
 * audit history or its exports) records who read it, in which role, when, through which request.
 */
@Component
public class PersonalDataReads {

    private final JdbcTemplate jdbc;
    private final SignedIn signedIn;
    private final Clock clock = Clock.systemUTC();

    PersonalDataReads(JdbcTemplate jdbc, SignedIn signedIn) {
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    record Access(String readBy, String role, String poolId, String applicationId, Instant readAt, String via) {
    }

    /** Records the reads of the contact persons among {@code shown}, the entries an answer carries. */
    void record(String poolId, List<HistoryEntry> shown, String via) {
        Authentication reader = SignedIn.authentication();
        String role = signedIn.role(reader).name();
        Instant now = clock.instant();
        shown.stream()
                .filter(entry -> entry.payload() != null && entry.payload().has("contact")
                        && entry.payload().get("contact").hasNonNull("email"))
                .map(HistoryEntry::applicationId)
                .distinct()
                .forEach(applicationId -> jdbc.update("INSERT INTO personal_data_access (read_by, role, pool_id, "
                        + "application_id, read_at, via) VALUES (?, ?, ?, ?, ?, ?)", reader.getName(), role, poolId,
                        applicationId, Rows.timestamp(now), via));
    }

    /** Records a read of a meeting's attendees, logged under the meeting's first pool as {@code meeting:<id>}. */
    public void recordMeeting(String poolId, String meetingId, String via) {
        Authentication reader = SignedIn.authentication();
        jdbc.update("INSERT INTO personal_data_access (read_by, role, pool_id, application_id, read_at, via) VALUES "
                + "(?, ?, ?, ?, ?, ?)", reader.getName(), signedIn.role(reader).name(), poolId, "meeting:" + meetingId,
                Rows.timestamp(clock.instant()), via);
    }

    /** The log, newest first, optionally for one application. */
    List<Access> log(String applicationId, int limit) {
        return jdbc.query("SELECT * FROM personal_data_access WHERE (CAST(? AS VARCHAR(64)) IS NULL OR "
                        + "application_id = ?) ORDER BY id DESC LIMIT ?",
                (row, index) -> new Access(row.getString("read_by"), row.getString("role"), row.getString("pool_id"),
                        row.getString("application_id"), Rows.instant(row, "read_at"), row.getString("via")),
                applicationId, applicationId, limit);
    }
}

package dk.pulje.query.notification;

import dk.pulje.query.infra.ProjectionJdbc;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ContactPerson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The outbox: e-mails written in the same transaction as the events they tell of, sent afterwards. A row's
 * {@code dedup_key} (the event and the recipient) makes a redelivered event write nothing.
 */
@Component
class Outbox {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final ProjectionJdbc jdbc;

    Outbox(ProjectionJdbc jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(
            long id,
            String name,
            String email,
            String personSubject,
            String subject,
            String body,
            Instant createdAt,
            String status,
            int attempts,
            Instant sentAt,
            String lastError) {}

    void add(String eventId, Notice notice, Instant now) {
        Rows.insertIfAbsent(
                jdbc,
                "notification_outbox",
                new MapSqlParameterSource("dedup_key", key(eventId, notice))
                        .addValue("recipient_name", notice.name())
                        .addValue("recipient_email", notice.email())
                        .addValue("recipient_subject", notice.personSubject())
                        .addValue("subject", notice.subject())
                        .addValue("body", notice.body())
                        .addValue("html", notice.html())
                        .addValue("created_at", Rows.timestamp(now))
                        .addValue("status", PENDING)
                        .addValue("attempts", 0)
                        .addValue("next_attempt_at", Rows.timestamp(now)),
                "dedup_key");
    }

    /**
     * Withdraws what is not yet sent to an erased person, and keeps of what was sent only that it was: name, address,
     * errors and the address in the row's key go, and the person's name and address wherever the text repeats them.
     */
    void erase(String personSubject) {
        MapSqlParameterSource person = new MapSqlParameterSource("person", personSubject).addValue("sent", SENT);
        jdbc.update("DELETE FROM notification_outbox WHERE recipient_subject = :person AND status <> :sent", person);
        List<Sent> sent = jdbc.query(
                "SELECT id, recipient_name, recipient_email, subject, body, html FROM "
                        + "notification_outbox WHERE recipient_subject = :person",
                person,
                (row, index) -> new Sent(
                        row.getLong("id"),
                        List.of(row.getString("recipient_name"), row.getString("recipient_email")),
                        row.getString("subject"),
                        row.getString("body"),
                        row.getString("html")));
        for (Sent email : sent) {
            jdbc.update(
                    "UPDATE notification_outbox SET recipient_name = :name, recipient_email = '', "
                            + "dedup_key = CONCAT('erased/', id), subject = :subject, body = :body, html = :html, "
                            + "last_error = NULL "
                            + "WHERE id = :id",
                    new MapSqlParameterSource("name", ContactPerson.ERASED_NAME)
                            .addValue("subject", withoutPerson(email.subject(), email.person()))
                            .addValue("body", withoutPerson(email.body(), email.person()))
                            .addValue(
                                    "html",
                                    email.html() == null ? null : withoutPerson(email.html(), asHtml(email.person())))
                            .addValue("id", email.id()));
        }
    }

    private record Sent(long id, List<String> person, String subject, String body, String html) {}

    /** The person as HTML writes them too: "O'Brien" is "O&#39;Brien" there. */
    private static List<String> asHtml(List<String> person) {
        return Stream.concat(person.stream(), person.stream().map(trace -> HtmlUtils.htmlEscape(trace, "UTF-8")))
                .distinct()
                .toList();
    }

    private static String withoutPerson(String text, List<String> person) {
        String without = text;
        for (String trace : person) {
            if (trace != null && !trace.isBlank()) {
                without = without.replaceAll("(?iu)" + Pattern.quote(trace.strip()), ContactPerson.ERASED_NAME);
            }
        }
        return without;
    }

    List<Entry> list(String status, int limit) {
        return jdbc.query(
                "SELECT * FROM notification_outbox WHERE (CAST(:status AS VARCHAR(10)) IS NULL "
                        + "OR status = :status) ORDER BY id DESC LIMIT :limit",
                new MapSqlParameterSource("status", status).addValue("limit", limit),
                (row, index) -> new Entry(
                        row.getLong("id"),
                        row.getString("recipient_name"),
                        row.getString("recipient_email"),
                        row.getString("recipient_subject"),
                        row.getString("subject"),
                        row.getString("body"),
                        Rows.instant(row, "created_at"),
                        row.getString("status"),
                        row.getInt("attempts"),
                        sentAt(row),
                        row.getString("last_error")));
    }

    /** When it was sent; null while it waits or after it was given up. */
    private static Instant sentAt(ResultSet row) throws SQLException {
        return row.getObject("sent_at") == null ? null : Rows.instant(row, "sent_at");
    }

    Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new TreeMap<>(Map.of(PENDING, 0L, SENT, 0L, FAILED, 0L));
        jdbc.getJdbcOperations().query("SELECT status, COUNT(*) AS n FROM notification_outbox GROUP BY status", row -> {
            counts.put(row.getString("status"), row.getLong("n"));
        });
        return counts;
    }

    private static String key(String eventId, Notice notice) {
        return eventId + "/" + notice.email().strip().toLowerCase(java.util.Locale.ROOT);
    }
}

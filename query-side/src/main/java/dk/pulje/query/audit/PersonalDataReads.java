package dk.pulje.query.audit;

import dk.pulje.query.infra.Rows;
import dk.pulje.shared.personal.PersonalData;
import dk.pulje.spring.security.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The access log of personal data: a row for every person an answer shows, with who read them, in which role, when
 * and through which request (and the pool and application that request named). {@link PersonalDataAnswers} calls
 * {@link #shown} as each person is written into an answer, before they are.
 */
@Component
public class PersonalDataReads {

    private static final String LOGGED = PersonalDataReads.class.getName() + ".logged";

    private final JdbcTemplate jdbc;
    private final SignedIn signedIn;
    private final Clock clock;

    PersonalDataReads(JdbcTemplate jdbc, SignedIn signedIn, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    record Access(
            String readBy,
            String role,
            String poolId,
            String applicationId,
            String subject,
            Instant readAt,
            String via) {}

    /** Logs that the answer to the current request shows {@code person}: once per person and answer. */
    void shown(PersonalData person) {
        if (person.isErased()
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        if (!loggedIn(request).add(Objects.toString(person.subject(), ""))) {
            return;
        }
        Authentication reader = SignedIn.authentication();
        boolean anonymous = reader == null || reader instanceof AnonymousAuthenticationToken;
        Map<?, ?> path =
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                        ? variables
                        : Map.of();
        jdbc.update(
                "INSERT INTO personal_data_access (read_by, role, pool_id, application_id, subject, read_at, via) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                anonymous ? "anonymous" : reader.getName(),
                anonymous ? "ANONYMOUS" : signedIn.role(reader).name(),
                path.get("poolId"),
                path.get("applicationId"),
                person.subject(),
                Rows.timestamp(clock.instant()),
                request.getRequestURI());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> loggedIn(HttpServletRequest request) {
        if (!(request.getAttribute(LOGGED) instanceof Set<?> logged)) {
            Set<String> none = new HashSet<>();
            request.setAttribute(LOGGED, none);
            return none;
        }
        return (Set<String>) logged;
    }

    /** The log, newest first, optionally of one person or of one application's reads. */
    List<Access> log(String subject, String applicationId, int limit) {
        return jdbc.query(
                "SELECT * FROM personal_data_access WHERE (CAST(? AS VARCHAR(64)) IS NULL OR subject = ?) "
                        + "AND (CAST(? AS VARCHAR(64)) IS NULL OR application_id = ?) ORDER BY id DESC LIMIT ?",
                (row, index) -> new Access(
                        row.getString("read_by"),
                        row.getString("role"),
                        row.getString("pool_id"),
                        row.getString("application_id"),
                        row.getString("subject"),
                        Rows.instant(row, "read_at"),
                        row.getString("via")),
                subject,
                subject,
                applicationId,
                applicationId,
                limit);
    }
}

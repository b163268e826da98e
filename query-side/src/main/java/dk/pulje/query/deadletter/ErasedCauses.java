package dk.pulje.query.deadletter;

import dk.pulje.query.infra.ProcessingGroups;
import dk.pulje.shared.personal.PersonalDataErased;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A parked event's cause is the text of an exception, and may repeat what the event said in clear (a database's
 * "value too long: 'Kim Jensen'"). When a person is erased, the cause of every parked event that names them (their
 * subject stands in clear beside the sealed contact) is replaced; the event itself stays sealed and may be retried.
 * In the notifications group, which is never replayed and handles erasures in order.
 */
@Component
@ProcessingGroup(ProcessingGroups.NOTIFICATIONS)
class ErasedCauses {

    static final String ERASED_CAUSE = "(slettet: the cause named a person since erased)";

    private final JdbcTemplate jdbc;

    ErasedCauses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        List<String> naming = new ArrayList<>();
        jdbc.query("SELECT deadLetterIdentifier, payload FROM DeadLetterEntry WHERE causeMessage IS NOT NULL", row -> {
            if (new String(row.getBytes("payload"), StandardCharsets.UTF_8).contains(event.subject())) {
                naming.add(row.getString("deadLetterIdentifier"));
            }
        });
        naming.forEach(letter -> jdbc.update(
                "UPDATE DeadLetterEntry SET causeMessage = ? " + "WHERE deadLetterIdentifier = ?",
                ERASED_CAUSE,
                letter));
    }
}

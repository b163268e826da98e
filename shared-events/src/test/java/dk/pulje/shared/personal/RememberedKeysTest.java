package dk.pulje.shared.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person's key is remembered by e-mail address only once the transaction that found or made it has committed. */
class RememberedKeysTest {

    private JdbcDataSource dataSource;
    private final List<Runnable> waitingForCommit = new ArrayList<>();

    @BeforeEach
    void aKeyTable() throws IOException, SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        for (String migration : List.of("V3__personal_data_keys.sql", "V4__personal_data_key_wrapping.sql")) {
            try (InputStream text = getClass().getResourceAsStream("/db/eventstore/" + migration);
                    Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute(new String(text.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private PersonalDataKeys keys() {
        return new PersonalDataKeys(dataSource, Duration.ofMinutes(1), null, List.of(), waitingForCommit::add);
    }

    @Test
    void a_committed_key_is_used_again_without_asking_the_table() throws SQLException {
        PersonalDataKeys keys = keys();
        PersonalDataKeys.SubjectKey first = keys.keyFor("kim@example.dk");
        waitingForCommit.forEach(Runnable::run);
        deleteKeys();

        assertThat(keys.keyFor(" Kim@Example.dk ")).as("remembered, not read").isEqualTo(first);
    }

    @Test
    void a_key_whose_transaction_never_committed_is_not_remembered() throws SQLException {
        PersonalDataKeys keys = keys();
        PersonalDataKeys.SubjectKey rolledBack = keys.keyFor("kim@example.dk");
        waitingForCommit.clear();
        deleteKeys();

        PersonalDataKeys.SubjectKey made = keys.keyFor("kim@example.dk");
        assertThat(made.subject()).isNotEqualTo(rolledBack.subject());
    }

    @Test
    void an_erased_person_is_forgotten_at_once() throws SQLException {
        PersonalDataKeys keys = keys();
        PersonalDataKeys.SubjectKey erased = keys.keyFor("kim@example.dk");
        waitingForCommit.forEach(Runnable::run);
        deleteKeys();
        keys.forget(erased.subject());

        assertThat(keys.keyFor("kim@example.dk").subject()).isNotEqualTo(erased.subject());
    }

    /** As a rollback or an erasure leaves the table. */
    private void deleteKeys() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM personal_data_key");
        }
    }
}

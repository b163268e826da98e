package dk.pulje.query.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.SqlProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Within a batch each row is written once, however many of the batch's events change it, and the rows alike go as
 * one JDBC batch; what the rows end up holding is what writing each event's changes one by one would have left.
 * Run once per database by the subclasses, on the read models' own schema.
 */
abstract class HeldRowsBehaviour {

    private static final String TABLE = "pool_application";

    private JdbcTemplate jdbc;
    private ProjectionJdbc projection;
    private SentStatements sent;
    private PendingWrites pending;

    /** A new, empty database for one test. */
    abstract String freshDatabase();

    abstract String user();

    @BeforeEach
    void readModels() {
        String url = freshDatabase();
        Flyway.configure()
                .dataSource(url, user(), "")
                .locations("classpath:db/query")
                .load()
                .migrate();
        DataSource database = new DriverManagerDataSource(url, user(), "");
        jdbc = new JdbcTemplate(database);
        projection = new ProjectionJdbc(jdbc);
        sent = new SentStatements(database);
    }

    @Test
    void applications_submitted_and_decided_in_one_batch_are_inserted_once_each_in_one_jdbc_batch() {
        inOneBatch(() -> {
            for (String pool : List.of("pool-1", "pool-2", "pool-3")) {
                event(() -> submitted(pool, 0));
                event(() -> change(pool, 1, Changes.set("status", "ELIGIBLE")));
                event(() -> change(pool, 2, Changes.set("score", 4)));
                event(() -> change(pool, 3, Changes.set("status", "AWARDED").and("awarded_oere", 100L)));
                event(() -> change(pool, 4, Changes.add("released_oere", 30)));
                event(() -> change(pool, 5, Changes.add("released_oere", 20)));
                event(() -> change(pool, 6, Changes.append("confirmed_partner_keys", "|a|")));
                event(() -> change(pool, 7, Changes.append("confirmed_partner_keys", "|b|")));
            }
        });

        assertThat(sent.rowsPerStatement).containsExactly(3);
        assertThat(sent.sql.get(0)).startsWith("INSERT INTO pool_application");
        for (String pool : List.of("pool-1", "pool-2", "pool-3")) {
            assertThat(row(pool))
                    .containsEntry("status", "AWARDED")
                    .containsEntry("score", 4)
                    .containsEntry("awarded_oere", 100L)
                    .containsEntry("released_oere", 50L)
                    .containsEntry("confirmed_partner_keys", "|a||b|")
                    .containsEntry("last_sequence", 7L);
        }
    }

    @Test
    void changes_to_rows_stored_before_the_batch_are_one_update_each_unless_the_row_has_seen_them() {
        for (String pool : List.of("pool-1", "pool-2", "pool-3")) {
            submitted(pool, 0);
        }
        change("pool-3", 5, Changes.set("status", "REJECTED"));

        inOneBatch(() -> {
            for (String pool : List.of("pool-1", "pool-2", "pool-3")) {
                event(() -> change(pool, 1, Changes.set("status", "ELIGIBLE")));
                event(() -> change(pool, 2, Changes.add("released_oere", 10)));
                event(() -> change(pool, 3, Changes.add("released_oere", 5).and("status", "AWARDED")));
                event(() -> change(pool, 4, Changes.append("declined_partner_keys", "|x|")));
            }
        });

        assertThat(sent.rowsPerStatement).containsExactly(3);
        assertThat(sent.sql.get(0)).startsWith("UPDATE pool_application");
        for (String pool : List.of("pool-1", "pool-2")) {
            assertThat(row(pool))
                    .containsEntry("status", "AWARDED")
                    .containsEntry("released_oere", 15L)
                    .containsEntry("declined_partner_keys", "|x|")
                    .containsEntry("last_sequence", 4L);
        }
        assertThat(row("pool-3"))
                .as("a row that has seen the batch's events")
                .containsEntry("status", "REJECTED")
                .containsEntry("released_oere", 0L)
                .containsEntry("last_sequence", 5L);
    }

    @Test
    void an_event_that_inserts_its_row_if_absent_and_else_changes_it_changes_a_row_stored_before_the_batch() {
        submitted("pool-1", 0);

        inOneBatch(() -> {
            event(() -> {
                submitted("pool-1", 3);
                change("pool-1", 3, Changes.set("status", "AWARDED"));
            });
            event(() -> {
                submitted("pool-2", 3);
                change("pool-2", 3, Changes.set("status", "AWARDED"));
            });
        });

        assertThat(row("pool-1")).containsEntry("status", "AWARDED").containsEntry("last_sequence", 3L);
        assertThat(row("pool-2")).containsEntry("status", "SUBMITTED").containsEntry("last_sequence", 3L);
    }

    @Test
    void an_event_whose_handler_fails_leaves_nothing_in_the_rows_held_before_it() {
        inOneBatch(() -> {
            event(() -> submitted("pool-1", 0));
            event(() -> change("pool-1", 1, Changes.set("status", "ELIGIBLE")));
            pending.mark();
            change("pool-1", 2, Changes.add("released_oere", 10).and("status", "AWARDED"));
            submitted("pool-2", 0);
            pending.discard();
            event(() -> submitted("pool-3", 0));
        });

        assertThat(row("pool-1"))
                .containsEntry("status", "ELIGIBLE")
                .containsEntry("released_oere", 0L)
                .containsEntry("last_sequence", 1L);
        assertThat(jdbc.queryForList("SELECT pool_id FROM pool_application ORDER BY pool_id", String.class))
                .containsExactly("pool-1", "pool-3");
    }

    @Test
    void another_statement_between_writes_of_a_row_is_sent_between_them() {
        inOneBatch(() -> {
            event(() -> submitted("pool-1", 0));
            event(() -> projection.update(
                    "UPDATE pool_application SET score = 1 WHERE pool_id = :pool_id",
                    new MapSqlParameterSource("pool_id", "pool-1")));
            event(() -> change("pool-1", 1, Changes.set("status", "ELIGIBLE")));
        });

        assertThat(row("pool-1"))
                .containsEntry("score", 1)
                .containsEntry("status", "ELIGIBLE")
                .containsEntry("last_sequence", 1L);
        assertThat(sent.rowsPerStatement).containsExactly(1, 1, 1);
    }

    /** One batch of events: their writes held, and sent when it commits. */
    private void inOneBatch(Runnable events) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        pending = PendingWrites.startIn(batch, new NamedParameterJdbcTemplate(sent), unitOfWork -> false);
        events.run();
        batch.commit();
    }

    private void event(Runnable handler) {
        pending.mark();
        handler.run();
    }

    private void submitted(String pool, long sequence) {
        Rows.insertIfAbsent(
                projection,
                TABLE,
                new MapSqlParameterSource("pool_id", pool)
                        .addValue("application_id", "application-1")
                        .addValue("round_number", 1)
                        .addValue("status", "SUBMITTED")
                        .addValue("applicant_key", "m751")
                        .addValue("applicant_name", "Aarhus Kommune")
                        .addValue("project_title", "Early help")
                        .addValue("activity_category", "cross-disciplinary")
                        .addValue("requested_oere", 150_000_000L)
                        .addValue("budget_lines", "[]")
                        .addValue("submitted_at", Rows.timestamp(Instant.parse("2017-03-01T09:00:00Z")))
                        .addValue("released_oere", 0L)
                        .addValue("confirmed_partner_keys", "")
                        .addValue("declined_partner_keys", "")
                        .addValue("removed_partner_keys", "")
                        .addValue("last_sequence", sequence),
                "pool_id",
                "application_id");
    }

    private void change(String pool, long sequence, Changes changes) {
        Rows.updateOnce(
                projection, TABLE, Map.of("pool_id", pool, "application_id", "application-1"), sequence, changes);
    }

    private Map<String, Object> row(String pool) {
        Map<String, Object> row = new HashMap<>();
        jdbc.queryForMap("SELECT * FROM pool_application WHERE pool_id = ?", pool)
                .forEach((column, value) -> row.put(column.toLowerCase(Locale.ROOT), value));
        return row;
    }

    /** The statements sent to the database, with how many rows each carried. */
    private static final class SentStatements extends JdbcTemplate {

        private final List<String> sql = new ArrayList<>();
        private final List<Integer> rowsPerStatement = new ArrayList<>();

        SentStatements(DataSource database) {
            super(database);
        }

        @Override
        public int update(PreparedStatementCreator statement) {
            sql.add(((SqlProvider) statement).getSql());
            rowsPerStatement.add(1);
            return super.update(statement);
        }

        @Override
        public int update(String statement, PreparedStatementSetter values) {
            sql.add(statement);
            rowsPerStatement.add(1);
            return super.update(statement, values);
        }

        @Override
        public int[] batchUpdate(String statement, BatchPreparedStatementSetter batch) {
            sql.add(statement);
            rowsPerStatement.add(batch.getBatchSize());
            return super.batchUpdate(statement, batch);
        }
    }
}

package dk.pulje.query.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.testing.TestPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL a read model's batch commits without waiting for the disk, its rows and token lost together should
 * the database crash first; the hash chain's and the notifications' batches wait, like every other transaction.
 */
class ReadModelCommitsOnPostgresTest {

    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;
    private BatchedWrites writes;

    @BeforeEach
    void database() {
        DataSource database =
                new DriverManagerDataSource(TestPostgres.freshDatabase("read_model_commits"), "postgres", "");
        jdbc = new JdbcTemplate(database);
        // The embedded test server may not wait for the disk at all; this database does, as a production one does.
        String name = jdbc.queryForObject("SELECT current_database()", String.class);
        jdbc.execute("ALTER DATABASE \"" + name + "\" SET synchronous_commit = on");
        DataSourceTransactionManager manager = new DataSourceTransactionManager(database);
        transactions = new TransactionTemplate(manager);
        writes = new BatchedWrites(jdbc, manager);
    }

    @Test
    void a_read_models_batch_commits_without_waiting_for_the_disk_and_the_chains_and_the_notifications_wait()
            throws Exception {
        assertThat(synchronousCommitInABatchOf(ProcessingGroups.POOL_DECISIONS)).isEqualTo("off");
        assertThat(synchronousCommitInABatchOf(ProcessingGroups.EVENT_CHAIN)).isEqualTo("on");
        assertThat(synchronousCommitInABatchOf(ProcessingGroups.NOTIFICATIONS)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class))
                .as("after the batch")
                .isEqualTo("on");
    }

    /** What a handler of the processor's batch finds the setting to be, in the batch's transaction. */
    private Object synchronousCommitInABatchOf(String processor) throws Exception {
        MessageHandlingMember<? super Reads> handler =
                writes.wrapHandler(AnnotatedHandlerInspector.inspectType(Reads.class)
                        .getHandlers(Reads.class)
                        .findFirst()
                        .orElseThrow());
        return transactions.execute(status -> {
            EventMessage<?> event = GenericEventMessage.asEventMessage("an event");
            BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(event));
            batch.resources().put("Processor[" + processor + "]/SegmentId", 0);
            try {
                return batch.executeWithResult(() -> handler.handle(event, new Reads(jdbc)))
                        .getPayload();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static final class Reads {
        private final JdbcTemplate jdbc;

        Reads(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        String on(String event) {
            return jdbc.queryForObject("SHOW synchronous_commit", String.class);
        }
    }
}

package dk.pulje.query;

import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.query.audit.ReadModelChecksums;
import dk.pulje.query.infra.ProjectionProgress;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.pool.PoolId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.AbstractEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A projection writes a batch of events together. One event in the middle of a batch that the database refuses
 * fails the batch; it is handled again event by event, so the poison event alone is parked and the rest commit.
 * Run once per storage profile by the subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class BatchedProjectionsBehaviour {

    private static final int EVENTS = 500;

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProjectionProgress progress;

    @Autowired
    private ReadModelChecksums checksums;

    /** Auto-configured only from its registration: picked up by the component scan, it was never made. */
    @Test
    void the_processors_read_the_store_through_the_shared_reads() {
        assertThat(ReflectionTestUtils.getField(eventStore, AbstractEventStore.class, "storageEngine"))
                .extracting(engine -> engine.getClass().getSimpleName())
                .isEqualTo("SharedEventReads");
    }

    @Test
    void a_poison_event_in_a_batch_of_500_is_parked_and_the_other_499_are_projected() {
        List<PoolId> pools = new ArrayList<>();
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            PoolId pool = PoolId.random();
            pools.add(pool);
            ApplicationSubmitted valid =
                    submitted(pool, ApplicationId.of("application-" + i), "751", "100000", "2017-03-01T09:00:00Z");
            // An activity code longer than the read model's column: the database refuses the row.
            batch.add(new GenericDomainEventMessage<>(
                    "Pool",
                    pool.value(),
                    0,
                    i != EVENTS / 2
                            ? valid
                            : new ApplicationSubmitted(
                                    pool,
                                    valid.applicationId(),
                                    1,
                                    valid.applicant(),
                                    valid.projectTitle(),
                                    valid.amountRequested(),
                                    valid.budget(),
                                    "c".repeat(60),
                                    valid.contact(),
                                    valid.submittedBy(),
                                    valid.submittedAt())));
        }
        eventStore.publish(batch);
        long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        PoolId poisoned = pools.get(EVENTS / 2);

        await().atMost(Duration.ofSeconds(60)).until(() -> progress.hasProcessed(List.of(POOL_APPLICATIONS), last));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pool_application", Long.class))
                .isEqualTo(EVENTS - 1);
        assertThat(jdbc.queryForList(
                        "SELECT sequenceIdentifier FROM DeadLetterEntry WHERE processingGroup = ?",
                        String.class,
                        POOL_APPLICATIONS))
                .containsExactly(poisoned.value());

        jdbc.execute("ALTER TABLE pool_application ALTER COLUMN activity_category SET DATA TYPE VARCHAR(100)");
        assertThat(mvc.post()
                        .uri("/admin/dead-letters/" + POOL_APPLICATIONS + "/retry")
                        .header(HttpHeaders.AUTHORIZATION, auditor())
                        .exchange())
                .hasStatusOk();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pool_application", Long.class))
                .isEqualTo(EVENTS);
        Map<String, String> fixed = checksums.checksums();

        assertThat(mvc.post()
                        .uri("/admin/projections/" + POOL_APPLICATIONS + "/replay")
                        .header(HttpHeaders.AUTHORIZATION, auditor()))
                .hasStatus(202);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(checksums.checksums()).as("a clean rebuild").isEqualTo(fixed));
    }

    private static String auditor() {
        return "Basic " + Base64.getEncoder().encodeToString("auditor:demo".getBytes(StandardCharsets.UTF_8));
    }
}

package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_DECISIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;
import static dk.pulje.query.infra.ProcessingGroups.PROGRAMME_OVERVIEW;
import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.POOL_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.query.audit.export.AuditPackageCheck;
import dk.pulje.query.audit.export.AuditPackageCheck.Verified;
import dk.pulje.query.infra.ProjectionProgress;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.ApplicationAmended;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A busy pool, snapshotted by the command side three times: 300 applications submitted and amended, 602 events.
 * Every audit read (histories, exports, as-of, the audit package, the dashboard's trail) tells the whole story from
 * sequence 0, however many snapshots lie in the stream. Run once per
 * storage profile by the subclasses.
 */
@SpringBootTest(properties = "pulje.consistency.max-wait=30s")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuditPastSnapshotsBehaviour {

    private static final int APPLICATIONS = 300;
    private static final int EVENTS = 2 + 2 * APPLICATIONS;
    /** The command side's pool, a class the query side does not know, as in production. */
    private static final String COMMAND_SIDE_POOL = "dk.pulje.command.pool.Pool";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ProjectionProgress progress;

    private long last;
    private final ProgrammeId programme = ProgrammeId.random();
    private final PoolId pool = PoolId.random();
    private final List<ApplicationId> applications = new ArrayList<>();

    /** Built once: every test only reads it. */
    @BeforeAll
    void aSnapshottedPool() {
        EventLog events = new EventLog(eventStore, jdbc);
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        List<Object> history = new ArrayList<>(List.of(
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null))));
        for (int i = 0; i < APPLICATIONS; i++) {
            ApplicationId application = ApplicationId.of("application-" + i);
            applications.add(application);
            history.add(submitted(pool, application, "751", "100000", "2017-03-01T09:00:00Z"));
        }
        for (ApplicationId application : applications) {
            history.add(new ApplicationAmended(
                    pool,
                    application,
                    Money.of("120000"),
                    TestPools.budget(2017, "120000"),
                    "upskilling",
                    decision("employee-751", APPLICANT, "2017-03-05T09:00:00Z", "A larger team"),
                    null));
        }
        last = events.pool(pool, history.toArray());
        for (long sequence : new long[] {249, 499, 599}) {
            snapshot(sequence);
        }
    }

    @Test
    void the_history_begins_at_the_pools_first_event_past_every_snapshot() throws Exception {
        String history = "/audit/pools/" + pool + "/history";

        assertThat(get(history + "?limit=1"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].event")
                .asArray()
                .containsExactly("PoolDrafted");
        assertThat(get(history + "?after=249&limit=1"))
                .bodyJson()
                .extractingPath("$.items[*].sequence")
                .asArray()
                .containsExactly(250);
        assertThat(get(history + "?after=99&limit=1000"))
                .bodyJson()
                .extractingPath("$.items[*].event")
                .asArray()
                .hasSize(EVENTS - 100)
                .doesNotContain("UnknownSerializedType");
        assertThat(get(history + ".csv").getResponse().getContentAsString().split("\r\n"))
                .hasSize(EVENTS + 1);
        assertThat(get(history + ".jsonl").getResponse().getContentAsString().lines())
                .hasSize(EVENTS);
        assertThat(get("/audit/pools/" + pool + "/applications/" + applications.get(0) + "/history"))
                .bodyJson()
                .extractingPath("$.items[*].event")
                .asArray()
                .containsExactly("ApplicationSubmitted", "ApplicationAmended");
    }

    @Test
    void a_pool_and_an_application_as_of_now_are_folded_from_the_first_event() {
        String now = Instant.now().toString();

        assertThat(mvc.get()
                        .uri("/pools/" + pool)
                        .param("asOf", now)
                        .header(HttpHeaders.AUTHORIZATION, auditor())
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.applicationsByStatus.SUBMITTED")
                .isEqualTo(APPLICATIONS);
        assertThat(mvc.get()
                        .uri("/pools/" + pool + "/applications/" + applications.get(0))
                        .param("asOf", now)
                        .header(HttpHeaders.AUTHORIZATION, auditor())
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.amountRequested")
                .isEqualTo("120000.00");
    }

    @Test
    void the_dashboards_audit_trail_counts_every_event_and_its_oldest_page_begins_at_the_first() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> progress.hasProcessed(
                        List.of(PROGRAMME_OVERVIEW, POOL_OVERVIEW, POOL_APPLICATIONS, POOL_DECISIONS), last));
        Cookie auditor = DashboardSignIn.as(mvc, "auditor");
        String poolPage = "/dashboard/pools/" + pool + "?lang=en";

        assertThat(page(auditor, poolPage))
                .contains("Events " + (EVENTS - 50) + " to " + (EVENTS - 1) + " of " + EVENTS + ",");
        assertThat(page(auditor, poolPage + "&before=50"))
                .contains("Events 0 to 49 of " + EVENTS + ",", "PoolDrafted", "PoolPublished")
                .doesNotContain("UnknownSerializedType", "id=\"history-older\"");
    }

    @Test
    void the_audit_package_holds_every_event_from_the_first_and_verifies_offline() throws Exception {
        MvcTestResult download = mvc.get()
                .uri("/audit/pools/" + pool + "/package")
                .header(HttpHeaders.AUTHORIZATION, auditor())
                .header("Pulje-Consistency-Token", String.valueOf(last))
                .exchange();

        assertThat(download).hasStatusOk();
        List<String> lines = download.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines).hasSize(EVENTS + 1);
        assertThat(lines.get(0)).contains("\"sequenceNumber\":0", PoolDrafted.class.getName());
        assertThat(new AuditPackageCheck().check(lines)).isInstanceOfSatisfying(Verified.class, verified -> {
            assertThat(verified.trailer().events()).isEqualTo(EVENTS);
            assertThat(verified.pool().applicationsByStatus()).containsEntry(ApplicationStatus.SUBMITTED, APPLICATIONS);
        });
    }

    private String page(Cookie session, String uri) throws Exception {
        MvcTestResult page = mvc.get().uri(uri).cookie(session).exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Stored as the command side stores one: its own state, under its own class name, after the command commits. */
    private void snapshot(long sequence) {
        jdbc.update(
                "INSERT INTO SnapshotEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, "
                        + "timeStamp, payloadType, payloadRevision, payload, metaData) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                pool.value(),
                sequence,
                "Pool",
                UUID.randomUUID().toString(),
                Instant.now().toString(),
                COMMAND_SIDE_POOL,
                null,
                "{\"applications\":{}}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, auditor()).exchange();
    }

    private static String auditor() {
        return "Basic " + Base64.getEncoder().encodeToString("auditor:demo".getBytes(StandardCharsets.UTF_8));
    }
}

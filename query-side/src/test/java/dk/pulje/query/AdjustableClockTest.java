package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;
import static dk.pulje.shared.common.Role.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.grant.GrantAccepted;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.GrantOpened;
import dk.pulje.shared.grant.ProjectStarted;
import dk.pulje.shared.grant.ReportDue;
import dk.pulje.shared.grant.ReportKind;
import dk.pulje.shared.grant.ReportOverdue;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The query side's clock, made adjustable for a demo as the command side's is, is moved forward through
 * {@code POST /admin/clock}: what it calls upcoming follows it, and a report the command side finds overdue at the
 * moved time is shown overdue and told to the grantee, not passed over as old news from years ago.
 */
@SpringBootTest(properties = {"pulje.clock.adjustable=true", "pulje.clock.start=2019-02-20T09:00:00Z"})
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "demo"})
class AdjustableClockTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void inMemoryDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void moving_the_clock_past_a_reports_due_date_makes_it_overdue_on_the_query_side() {
        EventLog events = new EventLog(eventStore, jdbc);
        ProgrammeId programme = ProgrammeId.random();
        PoolId pool = PoolId.random();
        ApplicationId application = ApplicationId.random();
        GrantId grant = GrantId.of(application);
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                new ApplicationSubmitted(
                        pool,
                        application,
                        1,
                        Applicant.municipality("751"),
                        "Early help in PPR",
                        Money.of("1000000"),
                        TestPools.budget(2018, "1000000"),
                        "new-methods",
                        new ContactPerson("Ane Berg", "ane@aarhus.dk", null),
                        new Actor("aarhus", APPLICANT, "municipality:751"),
                        Instant.parse("2017-03-01T09:00:00Z")));
        long started = events.grantAt(
                Instant.parse("2017-06-01T09:00:00Z"),
                grant,
                new GrantOpened(
                        grant,
                        pool,
                        programme,
                        application,
                        Applicant.municipality("751"),
                        Money.of("1000000"),
                        BudgetByYear.of(Map.of(2018, Money.of("1000000"))),
                        Instant.parse("2017-04-17T09:00:00Z"),
                        Instant.parse("2017-10-03T09:00:00Z"),
                        List.of(new ReportDue("status-2018", ReportKind.STATUS, LocalDate.of(2019, 3, 1))),
                        List.of(14, 3),
                        decision("approver", APPROVER, "2017-04-03T09:00:00Z", "Scores 4/5"),
                        null),
                new GrantAccepted(
                        grant,
                        BudgetLines.single("project", Money.of("1000000")),
                        decision("aarhus", APPLICANT, "2017-04-05T09:00:00Z", null)),
                new ProjectStarted(
                        grant, LocalDate.of(2017, 6, 1), decision("aarhus", APPLICANT, "2017-06-01T09:00:00Z", null)));

        assertThat(get("/deadlines/upcoming?days=30", started))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.grantId == '%s')].kind".formatted(grant.value()))
                .asArray()
                .containsExactly("report-due");

        assertThat(moveClockTo("2019-03-02T09:00:00Z"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.now")
                .isEqualTo("2019-03-02T09:00:00Z");
        // The command side, on its clock moved alike, finds the report overdue at the end of its due day.
        long overdue = events.grantAt(
                Instant.parse("2019-03-01T23:00:00Z"),
                grant,
                new ReportOverdue(
                        grant,
                        "status-2018",
                        LocalDate.of(2019, 3, 1),
                        decision("pulje", SYSTEM, "2019-03-01T23:00:00Z", "Not submitted by 2019-03-01")));

        assertThat(get("/deadlines/upcoming?days=30", overdue))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.grantId == '%s')]".formatted(grant.value()))
                .asArray()
                .isEmpty();
        assertThat(get("/grants/overdue-reports", overdue))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.grantId == '%s')].reportId".formatted(grant.value()))
                .asArray()
                .containsExactly("status-2018");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM notification_outbox WHERE recipient_email = 'ane@aarhus.dk' "
                                        + "AND subject LIKE 'Rapporten status-2018%'",
                                Long.class))
                        .as("the grantee is told of the overdue report")
                        .isEqualTo(1));

        assertThat(moveClockTo("2019-03-01T09:00:00Z"))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/clock-moved-back");
        assertThat(mvc.get()
                        .uri("/admin/clock")
                        .header(HttpHeaders.AUTHORIZATION, basic("viewer"))
                        .exchange())
                .hasStatus(403);
    }

    private MvcTestResult moveClockTo(String instant) {
        return mvc.post()
                .uri("/admin/clock")
                .header(HttpHeaders.AUTHORIZATION, basic("manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"" + instant + "\"}")
                .exchange();
    }

    private MvcTestResult get(String uri, long consistencyToken) {
        return mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic("manager"))
                .header("Pulje-Consistency-Token", String.valueOf(consistencyToken))
                .exchange();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

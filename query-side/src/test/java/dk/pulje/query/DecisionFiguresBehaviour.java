package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.query.infra.ProcessingGroups.ALLOCATIONS;
import static dk.pulje.query.infra.ProcessingGroups.ASSESSMENTS;
import static dk.pulje.query.infra.ProcessingGroups.DECISION_FIGURES;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static dk.pulje.query.infra.ProcessingGroups.POOL_OVERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.query.audit.ReadModelChecksums;
import dk.pulje.query.infra.ProjectionProgress;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.AssessorAssigned;
import dk.pulje.shared.application.ConsensusRecorded;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AllocatedAward;
import dk.pulje.shared.pool.AllocationApproved;
import dk.pulje.shared.pool.AllocationProposed;
import dk.pulje.shared.pool.AllocationRanking;
import dk.pulje.shared.pool.AllocationRejected;
import dk.pulje.shared.pool.AssessmentCriterion;
import dk.pulje.shared.pool.AssessmentRules;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.RankedApplication;
import dk.pulje.shared.programme.ProgrammeId;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A pool's allocations (proposed, rejected, approved), the time from its round's deadline to its decisions and its
 * outcomes by criterion: the rows their projections write, the API's answers, the dashboard's pool page, and that
 * events delivered twice or replayed leave the rows as they were. Run once per storage profile by the subclasses.
 */
@SpringBootTest(properties = "pulje.consistency.max-wait=30s")
@AutoConfigureMockMvc
abstract class DecisionFiguresBehaviour {

    private static final AssessmentRules RULES = new AssessmentRules(
            List.of(
                    new AssessmentCriterion("purpose", "Formål", Map.of("en", "Purpose"), new BigDecimal("60"), 5),
                    new AssessmentCriterion(
                            "feasibility", "Gennemførlighed", Map.of("en", "Feasibility"), new BigDecimal("40"), 5)),
            2);
    private static final List<String> GROUPS =
            List.of(POOL_OVERVIEW, POOL_APPLICATIONS, ASSESSMENTS, ALLOCATIONS, DECISION_FIGURES);

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

    @Autowired
    private EventProcessingConfiguration processing;

    private EventLog events;
    private final ProgrammeId programme = ProgrammeId.random();
    private final PoolId pool = PoolId.random();
    private final ApplicationId aarhus = ApplicationId.random();
    private final ApplicationId odense = ApplicationId.random();
    private final ApplicationId vejle = ApplicationId.random();
    private final ApplicationId esbjerg = ApplicationId.random();
    private final ApplicationId kolding = ApplicationId.random();
    private long position;

    private static List<CriterionScore> scores(int purpose, int feasibility) {
        return List.of(
                new CriterionScore("purpose", purpose, "Reaches children early"),
                new CriterionScore("feasibility", feasibility, "Staff plan holds"));
    }

    private ApplicationAssessed assessed(ApplicationId application, String assessor, int purpose, int feasibility) {
        return new ApplicationAssessed(
                pool,
                application,
                scores(purpose, feasibility),
                RULES.weighted(scores(purpose, feasibility)),
                1,
                decision(assessor, Role.ASSESSOR, "2017-03-28T10:00:00Z", null));
    }

    private AssessorAssigned assigned(ApplicationId application, String assessor) {
        return new AssessorAssigned(
                pool, application, assessor, decision("manager", Role.POOL_MANAGER, "2017-03-27T08:00:00Z", null));
    }

    private ConsensusRecorded consensus(ApplicationId application, int purpose, int feasibility, String at) {
        return new ConsensusRecorded(
                pool,
                application,
                scores(purpose, feasibility),
                RULES.weighted(scores(purpose, feasibility)),
                List.of("birgit", "carl"),
                1,
                decision("manager", Role.POOL_MANAGER, at, "Consensus meeting"));
    }

    private ApplicationScreened eligible(ApplicationId application) {
        return new ApplicationScreened(
                pool, application, true, decision("carl", Role.ASSESSOR, "2017-03-27T09:00:00Z", "Eligible"));
    }

    private static RankedApplication ranked(int rank, ApplicationId application, String municipality, String proposed) {
        return new RankedApplication(
                rank,
                application,
                Applicant.municipality(municipality),
                new BigDecimal("400.00"),
                null,
                null,
                Money.of("2000000"),
                proposed == null ? null : Money.of(proposed));
    }

    /**
     * Round 1's deadline is 24 March 2017 at 12:00. Vejle is granted on 3 April (10 days), Aarhus rejected on 5 April
     * (12 days) and Odense rejected on 10 April (17 days), then granted on reconsideration in May; Esbjerg awaits a
     * decision and Kolding withdrew. Vejle's consensus is 5 and 3, Odense's 4 and 4;
     * Aarhus has none, only birgit's 5 and 2 and carl's 3 and 2; carl is also to assess Esbjerg. Allocation 1 (Vejle and Odense) was rejected,
     * allocation 2 (Vejle) approved.
     */
    @BeforeEach
    void decidedPool() {
        events = new EventLog(eventStore, jdbc);
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        position = events.pool(
                pool,
                new PoolDrafted(
                        pool,
                        programme,
                        SeedEvents.POOL_BUDGET,
                        TestPools.earlyPreventiveEffort2017().withAssessment(RULES),
                        decision("manager", Role.POOL_MANAGER, "2017-02-01T09:00:00Z", null)),
                new PoolPublished(pool, 1, decision("manager", Role.POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                submitted(pool, aarhus, "751", "2000000", "2017-03-01T09:00:00Z"),
                submitted(pool, odense, "461", "2000000", "2017-03-02T09:00:00Z"),
                submitted(pool, vejle, "630", "2000000", "2017-03-03T09:00:00Z"),
                submitted(pool, esbjerg, "561", "2000000", "2017-03-04T09:00:00Z"),
                submitted(pool, kolding, "621", "2000000", "2017-03-05T09:00:00Z"),
                new ApplicationWithdrawn(
                        pool, kolding, decision("kolding", Role.APPLICANT, "2017-03-06T09:00:00Z", "Not now")),
                eligible(aarhus),
                eligible(odense),
                eligible(vejle),
                eligible(esbjerg),
                assigned(aarhus, "birgit"),
                assigned(aarhus, "carl"),
                assigned(odense, "birgit"),
                assigned(odense, "carl"),
                assigned(vejle, "birgit"),
                assigned(vejle, "carl"),
                assigned(esbjerg, "carl"),
                assessed(aarhus, "birgit", 5, 2),
                assessed(aarhus, "carl", 3, 2),
                assessed(odense, "birgit", 4, 4),
                assessed(odense, "carl", 4, 4),
                consensus(odense, 4, 4, "2017-03-30T10:00:00Z"),
                assessed(vejle, "birgit", 5, 3),
                assessed(vejle, "carl", 4, 3),
                consensus(vejle, 5, 3, "2017-03-31T10:00:00Z"),
                new AllocationProposed(
                        pool,
                        1,
                        List.of(
                                new AllocatedAward(vejle, Money.of("2000000")),
                                new AllocatedAward(odense, Money.of("1800000"))),
                        Money.of("3800000"),
                        new AllocationRanking(
                                List.of(ranked(1, vejle, "630", "2000000"), ranked(2, odense, "461", "1800000")),
                                null,
                                List.of(),
                                List.of()),
                        1,
                        decision("manager", Role.POOL_MANAGER, "2017-04-01T09:00:00Z", "The ranking of 31 March")),
                new AllocationRejected(
                        pool, 1, decision("approver", Role.APPROVER, "2017-04-02T09:00:00Z", "Odense asks too much")),
                new AllocationProposed(
                        pool,
                        2,
                        List.of(new AllocatedAward(vejle, Money.of("2000000"))),
                        Money.of("2000000"),
                        new AllocationRanking(
                                List.of(ranked(1, vejle, "630", "2000000"), ranked(2, odense, "461", null)),
                                null,
                                List.of(),
                                List.of()),
                        1,
                        decision("manager", Role.POOL_MANAGER, "2017-04-02T10:00:00Z", null)),
                new AllocationApproved(
                        pool,
                        2,
                        List.of(new AllocatedAward(vejle, Money.of("2000000"))),
                        Money.of("2000000"),
                        decision("approver", Role.APPROVER, "2017-04-03T09:00:00Z", "As proposed")),
                new GrantAwarded(
                        pool,
                        vejle,
                        Applicant.municipality("630"),
                        Money.of("2000000"),
                        List.of(5, 3),
                        1,
                        decision("approver", Role.APPROVER, "2017-04-03T09:00:00Z", "Allocation 2")),
                new ApplicationRejected(
                        pool,
                        aarhus,
                        List.of(4, 2),
                        1,
                        decision("approver", Role.APPROVER, "2017-04-05T09:00:00Z", "Ranked too low")),
                new ApplicationRejected(
                        pool,
                        odense,
                        List.of(4, 4),
                        1,
                        decision("approver", Role.APPROVER, "2017-04-10T09:00:00Z", "No money left")),
                new GrantAwarded(
                        pool,
                        odense,
                        Applicant.municipality("461"),
                        Money.of("1800000"),
                        List.of(4, 4),
                        1,
                        decision("approver2", Role.APPROVER, "2017-05-20T09:00:00Z", "Changed on reconsideration")));
        awaitProjections();
    }

    @Test
    void an_allocation_is_a_row_with_its_awards_in_ranking_order() {
        assertThat(jdbc.queryForList(
                        "SELECT allocation_number, status, total_oere, proposed_by, decided_by, decision_reason"
                                + " FROM allocation WHERE pool_id = ? ORDER BY allocation_number",
                        pool.value()))
                .extracting(row -> List.copyOf(row.values()))
                .containsExactly(
                        List.of(1, "REJECTED", 380000000L, "manager", "approver", "Odense asks too much"),
                        List.of(2, "APPROVED", 200000000L, "manager", "approver", "As proposed"));
        assertThat(jdbc.queryForList(
                        "SELECT application_id, ranking_place, amount_oere FROM allocation_award"
                                + " WHERE pool_id = ? AND allocation_number = 1 ORDER BY ranking_place",
                        pool.value()))
                .extracting(row -> List.copyOf(row.values()))
                .containsExactly(List.of(vejle.value(), 1, 200000000L), List.of(odense.value(), 2, 180000000L));
    }

    @Test
    void staff_read_a_pools_allocations_and_one_by_its_number() {
        assertThat(get("approver", "/pools/" + pool + "/allocations"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"allocation": 1, "status": "REJECTED", "total": "3800000.00", "proposedBy": "manager",
                          "proposalReason": "The ranking of 31 March", "decidedBy": "approver",
                          "decisionReason": "Odense asks too much",
                          "awards": [{"rank": 1, "applicationId": "%s", "applicantName": "Vejle Kommune",
                                      "amount": "2000000.00"},
                                     {"rank": 2, "applicationId": "%s", "amount": "1800000.00"}]},
                         {"allocation": 2, "status": "APPROVED", "total": "2000000.00", "decidedBy": "approver",
                          "proposedAt": "2017-04-02T10:00:00Z", "decidedAt": "2017-04-03T09:00:00Z",
                          "awards": [{"rank": 1, "applicationId": "%s"}]}]""".formatted(vejle, odense, vejle));
        assertThat(get("assessor", "/pools/" + pool + "/allocations/2"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"poolId": "%s", "allocation": 2, "status": "APPROVED", "rulesVersion": 1,
                         "proposalReason": null, "decisionReason": "As proposed"}""".formatted(pool));
        assertThat(get("manager", "/pools/" + pool + "/allocations/3")).hasStatus(404);
        assertThat(get("manager", "/pools/" + PoolId.random() + "/allocations")).hasStatus(404);
        assertThat(get("viewer", "/pools/" + pool + "/allocations")).hasStatus(403);
    }

    @Test
    void the_days_from_the_deadline_to_each_first_decision_are_counted_per_round_and_for_the_pool() {
        assertThat(get("manager", "/pools/" + pool + "/decision-figures"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"time": {"decided": 3, "medianDays": 12.0, "longestDays": 17,
                                  "undecidedAfterDeadline": 1},
                         "rounds": [{"round": 1, "deadline": "2017-03-24T12:00:00",
                                     "time": {"decided": 3, "medianDays": 12.0, "longestDays": 17,
                                              "undecidedAfterDeadline": 1}}]}""");
    }

    @Test
    void each_criterions_mean_score_is_given_for_the_granted_and_the_rejected() {
        assertThat(get("auditor", "/pools/" + pool + "/decision-figures"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.criteria")
                .isEqualTo(List.of(
                        Map.of(
                                "criterion",
                                "feasibility",
                                "granted",
                                2,
                                "grantedMean",
                                3.5,
                                "rejected",
                                1,
                                "rejectedMean",
                                2.0),
                        Map.of(
                                "criterion",
                                "purpose",
                                "granted",
                                2,
                                "grantedMean",
                                4.5,
                                "rejected",
                                1,
                                "rejectedMean",
                                4.0)));
        assertThat(get("viewer", "/pools/" + pool + "/decision-figures")).hasStatus(403);
        assertThat(get("manager", "/pools/" + PoolId.random() + "/decision-figures"))
                .hasStatus(404);
    }

    @Test
    void a_later_consensus_replaces_the_scores_of_the_earlier_one_and_a_late_rejection_counts_its_days() {
        position = events.pool(
                pool,
                assessed(esbjerg, "carl", 2, 2),
                consensus(esbjerg, 2, 2, "2017-04-20T10:00:00Z"),
                consensus(esbjerg, 1, 1, "2017-04-21T10:00:00Z"),
                new ApplicationRejected(
                        pool,
                        esbjerg,
                        List.of(1, 1),
                        1,
                        decision("approver", Role.APPROVER, "2017-04-24T09:00:00Z", "Ranked last")));
        awaitProjections();
        assertThat(get("manager", "/pools/" + pool + "/decision-figures"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"time": {"decided": 4, "medianDays": 14.5, "longestDays": 31,
                                  "undecidedAfterDeadline": 0},
                         "criteria": [{"criterion": "feasibility", "rejected": 2, "rejectedMean": 1.50},
                                      {"criterion": "purpose", "rejected": 2, "rejectedMean": 2.50}]}""");
    }

    @Test
    void the_pool_page_shows_the_ranking_the_assessors_the_allocations_and_the_decision_figures() throws Exception {
        String english = page(DashboardSignIn.as(mvc, "approver"), "/dashboard/pools/" + pool + "?lang=en");
        assertThat(section(english, "ranking"))
                .contains("Vejle Kommune", "Odense Kommune", "420.00", "400.00")
                .doesNotContain("Aarhus");
        assertThat(english).contains("1 eligible applications await a consensus.");
        assertThat(section(english, "workload")).contains("birgit", "100%", "carl", "75%");
        assertThat(section(english, "allocations"))
                .contains("Rejected", "Approved", "Odense asks too much", "1. Vejle Kommune: DKK 2,000,000.00");
        assertThat(section(english, "decision-time"))
                .contains("Round 1", "<td class=\"number\">3</td>", "12.0", "17", "<td class=\"number\">1</td>");
        assertThat(section(english, "criterion-outcomes"))
                .contains("Purpose", "Feasibility", "4.50", "3.50", "4.00", "2.00");

        String danish = page(DashboardSignIn.as(mvc, "auditor"), "/dashboard/pools/" + pool + "?lang=da");
        assertThat(danish)
                .contains("Rangordning", "Indstillinger", "Tid fra frist til afgørelse", "Udfald efter kriterium");
        assertThat(section(danish, "criterion-outcomes")).contains("Formål", "4,50", "3,50");
        assertThat(section(danish, "decision-time")).contains("12,0");

        String viewer = page(DashboardSignIn.as(mvc, "viewer"), "/dashboard/pools/" + pool + "?lang=en");
        assertThat(viewer)
                .doesNotContain(
                        "id=\"ranking\"",
                        "id=\"workload\"",
                        "id=\"allocations\"",
                        "id=\"decision-time\"",
                        "id=\"criterion-outcomes\"");
    }

    /** Delivery is at least once: every projection handles the pool's events again and changes nothing. */
    @Test
    void events_delivered_twice_leave_the_rows_unchanged() throws Exception {
        Map<String, String> before = checksums.checksums();
        List<? extends DomainEventMessage<?>> history =
                eventStore.readEvents(pool.value()).asStream().toList();
        for (String group : List.of(ALLOCATIONS, DECISION_FIGURES)) {
            EventProcessor processor = processing.eventProcessor(group).orElseThrow();
            EventHandlerInvoker projection = ((AbstractEventProcessor) processor).eventHandlerInvoker();
            for (DomainEventMessage<?> event : history) {
                if (projection.canHandle(event, Segment.ROOT_SEGMENT)) {
                    projection.handle(event, Segment.ROOT_SEGMENT);
                }
            }
        }
        assertThat(checksums.checksums()).isEqualTo(before);
    }

    @Test
    void a_replay_rebuilds_identical_rows() {
        Map<String, String> before = checksums.checksums();
        assertThat(Stream.of(
                                "allocation",
                                "allocation_award",
                                "figures_round",
                                "figures_application",
                                "figures_decision",
                                "figures_consensus_score",
                                "figures_assessment_score")
                        .filter(table -> !before.containsKey(table)))
                .as("every table is among the checksums")
                .isEmpty();
        for (String group : List.of(ALLOCATIONS, DECISION_FIGURES)) {
            assertThat(mvc.post()
                            .uri("/admin/projections/" + group + "/replay")
                            .header(HttpHeaders.AUTHORIZATION, basic("auditor")))
                    .hasStatus(202);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            awaitProjections();
            assertThat(checksums.checksums()).isEqualTo(before);
        });
    }

    private void awaitProjections() {
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(GROUPS, position));
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        String rest = page.substring(start);
        return rest.substring(0, rest.indexOf("</table>"));
    }

    private String page(Cookie session, String uri) throws Exception {
        MvcTestResult page = mvc.get().uri(uri).cookie(session).exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcTestResult get(String user, String uri) {
        return mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .header("Pulje-Consistency-Token", String.valueOf(position))
                .exchange();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

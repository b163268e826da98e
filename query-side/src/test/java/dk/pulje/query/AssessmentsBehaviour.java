package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.AssessorAssigned;
import dk.pulje.shared.application.ConsensusRecorded;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AssessmentCriterion;
import dk.pulje.shared.pool.AssessmentRules;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PriorityRule;
import dk.pulje.shared.programme.ProgrammeId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
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
 * An application's assessments as staff read them (an assessor who has not assessed sees the others' hidden), a
 * pool's ranking by weighted consensus score with its priority rule, and the assessors' workload. Run once per
 * storage profile by the subclasses.
 */
@SpringBootTest(properties = "pulje.consistency.max-wait=30s")
@AutoConfigureMockMvc
abstract class AssessmentsBehaviour {

    private static final AssessmentRules RULES = new AssessmentRules(
            List.of(
                    new AssessmentCriterion("purpose", "Formål", null, new BigDecimal("60"), 5),
                    new AssessmentCriterion("feasibility", "Gennemførlighed", null, new BigDecimal("40"), 5)),
            2);

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private JdbcTemplate jdbc;

    private EventLog events;
    private final ProgrammeId programme = ProgrammeId.random();
    private final PoolId pool = PoolId.random();
    private final ApplicationId aarhus = ApplicationId.random();
    private final ApplicationId odense = ApplicationId.random();
    private final ApplicationId vejle = ApplicationId.random();
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

    private ConsensusRecorded consensus(ApplicationId application, int purpose, int feasibility) {
        return new ConsensusRecorded(
                pool,
                application,
                scores(purpose, feasibility),
                RULES.weighted(scores(purpose, feasibility)),
                List.of("birgit", "carl"),
                1,
                decision("manager", Role.POOL_MANAGER, "2017-03-30T10:00:00Z", "Consensus meeting"));
    }

    private ApplicationScreened eligible(ApplicationId application) {
        return new ApplicationScreened(
                pool, application, true, decision("carl", Role.ASSESSOR, "2017-03-27T09:00:00Z", "Eligible"));
    }

    /** The seed pool with criteria, giving priority to those without a grant from a pool that awarded none. */
    private static PoolTerms withPriorityAndCriteria() {
        PoolTerms t = TestPools.earlyPreventiveEffort2017();
        return new PoolTerms(
                        t.title(),
                        t.description(),
                        t.eligibleKinds(),
                        t.categories(),
                        t.limits(),
                        t.expectedGrantees(),
                        t.rounds(),
                        t.projectPeriod(),
                        t.meetings(),
                        null,
                        null,
                        new PriorityRule(PoolId.random(), "Municipalities without a grant from 2016 go first"),
                        null)
                .withAssessment(RULES);
    }

    /**
     * Three eligible applications: "assessor" and birgit assigned to Aarhus, birgit has assessed it; Odense and
     * Vejle assessed by birgit and carl, with consensus weighted scores 400.00 (4 and 4) and 420.00 (5 and 3).
     */
    @BeforeEach
    void assessedPool() {
        events = new EventLog(eventStore, jdbc);
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        position = events.pool(
                pool,
                new PoolDrafted(
                        pool,
                        programme,
                        SeedEvents.POOL_BUDGET,
                        withPriorityAndCriteria(),
                        decision("manager", Role.POOL_MANAGER, "2017-02-01T09:00:00Z", null)),
                new PoolPublished(pool, 1, decision("manager", Role.POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                submitted(pool, aarhus, "751", "2000000", "2017-03-01T09:00:00Z"),
                submitted(pool, odense, "461", "2000000", "2017-03-02T09:00:00Z"),
                submitted(pool, vejle, "630", "2000000", "2017-03-03T09:00:00Z"),
                eligible(aarhus),
                eligible(odense),
                eligible(vejle),
                assigned(aarhus, "assessor"),
                assigned(aarhus, "birgit"),
                assessed(aarhus, "birgit", 5, 2),
                assigned(odense, "birgit"),
                assigned(odense, "carl"),
                assessed(odense, "birgit", 4, 4),
                assessed(odense, "carl", 4, 4),
                consensus(odense, 4, 4),
                assigned(vejle, "birgit"),
                assigned(vejle, "carl"),
                assessed(vejle, "birgit", 5, 3),
                assessed(vejle, "carl", 4, 3),
                consensus(vejle, 5, 3));
    }

    @Test
    void an_assessor_who_has_not_assessed_sees_that_others_have_but_not_what_they_gave() {
        assertThat(get("assessor", "/pools/" + pool + "/applications/" + aarhus + "/assessments"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"assigned": [{"assessor": "assessor", "assessed": false},
                                      {"assessor": "birgit", "assessed": true}],
                         "assessments": [{"assessor": "birgit", "hidden": true, "scores": null,
                                          "weightedScore": null, "reason": null}],
                         "consensus": null}""");
    }

    @Test
    void once_the_assessor_has_assessed_they_see_the_others_scores() {
        position = events.pool(pool, assessed(aarhus, "assessor", 3, 3));
        assertThat(get("assessor", "/pools/" + pool + "/applications/" + aarhus + "/assessments"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"assessments": [{"assessor": "birgit", "hidden": false, "weightedScore": 380.00,
                                          "scores": [{"criterion": "purpose", "score": 5},
                                                     {"criterion": "feasibility", "score": 2}]},
                                         {"assessor": "assessor", "hidden": false, "weightedScore": 300.00}]}""");
    }

    @Test
    void the_pool_manager_and_the_approver_see_every_assessment_and_the_consensus() {
        for (String reader : List.of("manager", "approver", "auditor")) {
            assertThat(get(reader, "/pools/" + pool + "/applications/" + aarhus + "/assessments"))
                    .as(reader)
                    .hasStatusOk()
                    .bodyJson()
                    .isLenientlyEqualTo("""
                            {"assessments": [{"assessor": "birgit", "hidden": false, "weightedScore": 380.00}]}""");
            assertThat(get(reader, "/pools/" + pool + "/applications/" + odense + "/assessments"))
                    .as(reader)
                    .hasStatusOk()
                    .bodyJson()
                    .isLenientlyEqualTo("""
                            {"consensus": {"weightedScore": 400.00, "assessors": ["birgit", "carl"],
                                           "decidedBy": "manager", "role": "POOL_MANAGER",
                                           "reason": "Consensus meeting"}}""");
        }
    }

    /**
     * A consensus recorded again, in the same batch as the first: the later one counts. (On H2 the second
     * insert-if-absent of one row in a batch failed as a duplicate until H2 stopped reusing subquery results.)
     */
    @Test
    void a_consensus_recorded_again_in_the_same_batch_replaces_the_first() {
        ApplicationId again = ApplicationId.random();
        position = events.pool(
                pool,
                submitted(pool, again, "101", "2000000", "2017-03-04T09:00:00Z"),
                eligible(again),
                consensus(again, 3, 3),
                consensus(again, 5, 5));

        assertThat(get("manager", "/pools/" + pool + "/applications/" + again + "/assessments"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.consensus.weightedScore")
                .isEqualTo(RULES.weighted(scores(5, 5)).doubleValue());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assessment_consensus WHERE application_id = ?",
                        Long.class,
                        again.value()))
                .isEqualTo(1);
    }

    @Test
    void the_ranking_orders_by_weighted_consensus_score_and_shows_the_priority_rule() {
        assertThat(get("manager", "/pools/" + pool + "/ranking"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"items": [{"rank": 1, "applicationId": "%s", "weightedScore": 420.00,
                                    "status": "ELIGIBLE", "priority": {"priority": true}},
                                   {"rank": 2, "applicationId": "%s", "weightedScore": 400.00,
                                    "priority": {"priority": true}}],
                         "awaitingConsensus": 1}""".formatted(vejle, odense));
    }

    @Test
    void equal_scores_rank_by_the_earlier_submission_as_an_allocation_ranks_them() {
        position = events.pool(pool, assessed(aarhus, "assessor", 5, 3), consensus(aarhus, 5, 3));
        assertThat(get("manager", "/pools/" + pool + "/ranking"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"items": [{"rank": 1, "applicationId": "%s", "weightedScore": 420.00},
                                   {"rank": 2, "applicationId": "%s", "weightedScore": 420.00},
                                   {"rank": 3, "applicationId": "%s", "weightedScore": 400.00}],
                         "awaitingConsensus": 0}""".formatted(aarhus, vejle, odense));
    }

    @Test
    void the_workload_counts_each_assessors_assigned_and_assessed_applications() {
        assertThat(get("manager", "/pools/" + pool + "/assessors"))
                .hasStatusOk()
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"poolId": "%s",
                         "assessors": [{"assessor": "assessor", "assigned": 1, "assessed": 0, "outstanding": 1},
                                       {"assessor": "birgit", "assigned": 3, "assessed": 3, "outstanding": 0},
                                       {"assessor": "carl", "assigned": 2, "assessed": 2, "outstanding": 0}]}""".formatted(pool));
    }

    @Test
    void assignments_assessments_and_the_consensus_are_decisions_of_the_pool() {
        assertThat(get("auditor", "/pools/" + pool + "/decisions?size=200"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[?(@.applicationId == '%s')].outcome".formatted(odense))
                .asArray()
                .contains("assessor assigned", "weighted score 400.00", "consensus 400.00");
    }

    @Test
    void an_unknown_pool_or_application_is_not_found() {
        assertThat(get("manager", "/pools/" + PoolId.random() + "/ranking")).hasStatus(404);
        assertThat(get("manager", "/pools/" + PoolId.random() + "/assessors")).hasStatus(404);
        assertThat(get("manager", "/pools/" + pool + "/applications/" + ApplicationId.random() + "/assessments"))
                .hasStatus(404);
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

package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import dk.pulje.command.application.AlreadyAssessed;
import dk.pulje.command.application.ApplicationNotInState;
import dk.pulje.command.application.ConflictOfInterest;
import dk.pulje.command.application.NoAssessmentCriteria;
import dk.pulje.command.application.NotAssigned;
import dk.pulje.command.application.ScoresDoNotFitCriteria;
import dk.pulje.command.application.TooFewAssessments;
import dk.pulje.command.document.InMemoryUploads;
import dk.pulje.command.programme.ProgrammeFunds;
import dk.pulje.command.shared.FourEyesViolation;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.AssessorAssigned;
import dk.pulje.shared.application.AssignAssessor;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.ConflictOfInterestDeclared;
import dk.pulje.shared.application.ConsensusRecorded;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.application.RecordConsensus;
import dk.pulje.shared.application.ScoreApplication;
import dk.pulje.shared.application.SubmitAssessment;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.ApprovePoolAmendment;
import dk.pulje.shared.pool.AssessmentCriterion;
import dk.pulje.shared.pool.AssessmentRules;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolAmendmentProposed;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Assessment on the pool's criteria, as specifications: the pool owns its criteria and their amendment; each
 * application owns who is assigned to it, their independent assessments and the consensus.
 */
class AssessmentTest {

    private static final ApplicationId AARHUS_APP = ApplicationId.of("aarhus-1");
    private static final Actor BIRGIT = new Actor("birgit", Role.ASSESSOR);
    private static final Actor CARL = new Actor("carl", Role.ASSESSOR);
    private static final Instant ASSESSED_AT = Instant.parse("2017-03-28T10:00:00Z");

    /** Three criteria whose weights, in percent, add up to 100 and are not whole numbers. */
    private static final AssessmentRules TWO_ASSESSORS = new AssessmentRules(
            List.of(
                    new AssessmentCriterion(
                            "purpose",
                            "Bidrag til en tidlig og forebyggende indsats",
                            Map.of("en", "Contribution to an early, preventive effort"),
                            new BigDecimal("33.33"),
                            5),
                    new AssessmentCriterion("method", "Metode og opfølgning", null, new BigDecimal("33.33"), 5),
                    new AssessmentCriterion(
                            "feasibility", "Realistisk plan og budget", null, new BigDecimal("33.34"), 5)),
            2);

    private final MutableClock clock = new MutableClock(ASSESSED_AT);
    private AggregateTestFixture<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pool.class);
        fixture.registerInjectableResource(clock);
        Set<ApplicationId> claimed = new HashSet<>();
        fixture.registerInjectableResource(new InMemoryUploads());
        fixture.registerInjectableResource((ApplicationIds) (applicationId, poolId) -> claimed.add(applicationId));
        fixture.registerAnnotatedCommandHandler(new PoolFunding(
                fixture.getRepository(),
                EmbeddedEventStore.builder()
                        .storageEngine(new InMemoryEventStorageEngine())
                        .build(),
                mock(ProgrammeFunds.class),
                clock));
        PoolAwards awards = new PoolAwards(fixture.getRepository());
        fixture.registerCommandHandler(
                AwardGrant.class, award -> awards.award((AwardGrant) award.getPayload(), clock.instant()));
    }

    private static PoolDrafted draftedWith(AssessmentRules rules, boolean secondSignature) {
        return new PoolDrafted(
                POOL,
                PROGRAMME,
                Money.of("24900000"),
                TestPools.earlyPreventiveEffort2017().withAssessment(rules),
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null),
                secondSignature);
    }

    private static final PoolDrafted DRAFTED = draftedWith(TWO_ASSESSORS, false);

    private Decision now(Actor actor, String reason) {
        return Decision.by(actor, clock.instant(), reason);
    }

    private static AssessorAssigned assigned(Actor assessor) {
        return new AssessorAssigned(
                POOL, AARHUS_APP, assessor.userId(), new Decision(MANAGER.userId(), MANAGER.role(), ASSESSED_AT, null));
    }

    private static List<CriterionScore> scores(int purpose, int method, int feasibility) {
        return List.of(
                new CriterionScore("purpose", purpose, "Reaches children before they are referred"),
                new CriterionScore("method", method, "Follows progression with a known tool"),
                new CriterionScore("feasibility", feasibility, "Staff and budget fit the plan"));
    }

    private static ApplicationAssessed assessedBy(Actor assessor, int purpose, int method, int feasibility) {
        List<CriterionScore> scores = scores(purpose, method, feasibility);
        return new ApplicationAssessed(
                POOL,
                AARHUS_APP,
                scores,
                TWO_ASSESSORS.weighted(scores),
                1,
                new Decision(assessor.userId(), assessor.role(), ASSESSED_AT, null));
    }

    private Object[] eligibleApplication() {
        return new Object[] {
            DRAFTED, published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"), eligible("aarhus-1")
        };
    }

    @Nested
    class Criteria {

        @Test
        void a_criterion_has_a_positive_weight_with_at_most_two_decimals_and_a_range() {
            assertThatThrownBy(() -> new AssessmentCriterion("purpose", "Formål", null, new BigDecimal("0"), 5))
                    .isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> new AssessmentCriterion("purpose", "Formål", null, new BigDecimal("33.333"), 5))
                    .isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> new AssessmentCriterion("purpose", "Formål", null, new BigDecimal("50"), 0))
                    .isInstanceOf(InvalidValue.class);
        }

        @Test
        void a_pool_names_each_criterion_once_and_asks_for_at_least_one_assessor() {
            AssessmentCriterion purpose = TWO_ASSESSORS.criteria().get(0);
            assertThatThrownBy(() -> new AssessmentRules(List.of(purpose, purpose), 1))
                    .isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> new AssessmentRules(List.of(purpose), 0)).isInstanceOf(InvalidValue.class);
        }

        @Test
        void a_pool_that_says_nothing_asks_for_one_assessor() {
            org.assertj.core.api.Assertions.assertThat(
                            new AssessmentRules(List.of(TWO_ASSESSORS.criteria().get(0)), null).minimumAssessors())
                    .isEqualTo(1);
        }

        @Test
        void criteria_changed_after_publication_are_an_amendment_with_a_reason_and_a_new_rules_version() {
            AssessmentRules moreOnMethod = new AssessmentRules(
                    List.of(
                            TWO_ASSESSORS.criteria().get(0),
                            new AssessmentCriterion("method", "Metode og opfølgning", null, new BigDecimal("50"), 5)),
                    2);
            fixture.given(DRAFTED, published())
                    .when(new AmendPool(
                            POOL, null, List.of(), MANAGER, "Method counts for more", moreOnMethod, null, null))
                    .expectEvents(new PoolAmended(
                            POOL,
                            Money.of("24900000"),
                            Money.of("24900000"),
                            TestPools.earlyPreventiveEffort2017().rounds(),
                            2,
                            now(MANAGER, "Method counts for more"),
                            null,
                            moreOnMethod,
                            null,
                            null));
        }

        @Test
        void an_amendment_of_the_criteria_needs_a_reason() {
            assertThatThrownBy(() -> new AmendPool(POOL, null, List.of(), MANAGER, " ", TWO_ASSESSORS, null, null))
                    .isInstanceOf(InvalidValue.class);
        }

        @Test
        void where_amendments_need_a_second_signature_new_criteria_wait_for_it() {
            AssessmentRules oneAssessor = new AssessmentRules(TWO_ASSESSORS.criteria(), 1);
            Actor lise = new Actor("lise", Role.POOL_MANAGER);
            PoolAmendmentProposed proposal = new PoolAmendmentProposed(
                    POOL,
                    1,
                    null,
                    List.of(),
                    new Decision(MANAGER.userId(), MANAGER.role(), ASSESSED_AT, "One assessor is enough"),
                    oneAssessor,
                    null,
                    null);
            fixture.given(draftedWith(TWO_ASSESSORS, true), published())
                    .when(new AmendPool(
                            POOL, null, List.of(), MANAGER, "One assessor is enough", oneAssessor, null, null))
                    .expectEvents(proposal);
            fixture.given(draftedWith(TWO_ASSESSORS, true), published(), proposal)
                    .when(new ApprovePoolAmendment(POOL, 1, lise, null))
                    .expectEvents(new PoolAmended(
                            POOL,
                            Money.of("24900000"),
                            Money.of("24900000"),
                            TestPools.earlyPreventiveEffort2017().rounds(),
                            2,
                            now(lise, "One assessor is enough"),
                            1,
                            oneAssessor,
                            null,
                            null));
        }

        @Test
        void criteria_cannot_change_once_an_application_is_assessed_on_them() {
            AssessmentRules other =
                    new AssessmentRules(List.of(TWO_ASSESSORS.criteria().get(0)), 2);
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT), assessedBy(BIRGIT, 4, 3, 5))
                    .when(new AmendPool(POOL, null, List.of(), MANAGER, "Fewer criteria", other, null, null))
                    .expectException(CriteriaInUse.class)
                    .expectNoEvents();
        }

        @Test
        void the_number_of_assessors_may_change_after_assessments_began() {
            AssessmentRules three = new AssessmentRules(TWO_ASSESSORS.criteria(), 3);
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT), assessedBy(BIRGIT, 4, 3, 5))
                    .when(new AmendPool(
                            POOL, null, List.of(), MANAGER, "A third view on every application", three, null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new PoolAmended(
                            POOL,
                            Money.of("24900000"),
                            Money.of("24900000"),
                            TestPools.earlyPreventiveEffort2017().rounds(),
                            2,
                            now(MANAGER, "A third view on every application"),
                            null,
                            three,
                            null,
                            null));
        }
    }

    @Nested
    class Assignment {

        @Test
        void the_pool_manager_assigns_an_assessor_and_says_who_when_and_why() {
            fixture.given(eligibleApplication())
                    .when(new AssignAssessor(POOL, AARHUS_APP, "birgit", MANAGER, "Knows PPR"))
                    .expectEvents(new AssessorAssigned(POOL, AARHUS_APP, "birgit", now(MANAGER, "Knows PPR")));
        }

        @Test
        void a_submitted_application_not_yet_screened_may_be_assigned_too() {
            fixture.given(DRAFTED, published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .when(new AssignAssessor(POOL, AARHUS_APP, "birgit", MANAGER, null))
                    .expectEvents(new AssessorAssigned(POOL, AARHUS_APP, "birgit", now(MANAGER, null)));
        }

        @Test
        void a_declared_conflict_of_interest_blocks_the_assignment() {
            fixture.given(eligibleApplication())
                    .andGiven(new ConflictOfInterestDeclared(
                            POOL, AARHUS_APP, new Decision("birgit", Role.ASSESSOR, ASSESSED_AT, "My sister leads it")))
                    .when(new AssignAssessor(POOL, AARHUS_APP, "birgit", MANAGER, null))
                    .expectException(ConflictOfInterest.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("birgit"))
                    .expectNoEvents();
        }

        @Test
        void assigning_an_assessor_again_changes_nothing() {
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT))
                    .when(new AssignAssessor(POOL, AARHUS_APP, "birgit", MANAGER, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_decided_application_is_not_assigned() {
            fixture.given(DRAFTED, published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .andGiven(new dk.pulje.shared.application.ApplicationScreened(
                            POOL, AARHUS_APP, false, new Decision("anders", Role.ASSESSOR, ASSESSED_AT, "Not PPR")))
                    .when(new AssignAssessor(POOL, AARHUS_APP, "birgit", MANAGER, null))
                    .expectException(ApplicationNotInState.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class IndependentAssessments {

        @Test
        void an_assigned_assessor_scores_every_criterion_and_the_weighted_score_is_exact() {
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT))
                    .when(new SubmitAssessment(POOL, AARHUS_APP, scores(4, 3, 5), BIRGIT, "Sound"))
                    // 33.33 × 4 + 33.33 × 3 + 33.34 × 5
                    .expectEvents(new ApplicationAssessed(
                            POOL, AARHUS_APP, scores(4, 3, 5), new BigDecimal("400.01"), 1, now(BIRGIT, "Sound")));
        }

        @Test
        void an_assessor_not_assigned_is_refused() {
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT))
                    .when(new SubmitAssessment(POOL, AARHUS_APP, scores(4, 3, 5), CARL, null))
                    .expectException(NotAssigned.class)
                    .expectNoEvents();
        }

        @Test
        void every_criterion_is_scored() {
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT))
                    .when(new SubmitAssessment(POOL, AARHUS_APP, scores(4, 3, 5).subList(0, 2), BIRGIT, null))
                    .expectException(ScoresDoNotFitCriteria.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("feasibility"))
                    .expectNoEvents();
        }

        @Test
        void a_score_lies_within_its_criterions_range() {
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT))
                    .when(new SubmitAssessment(POOL, AARHUS_APP, scores(4, 6, 5), BIRGIT, null))
                    .expectException(ScoresDoNotFitCriteria.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("0 to 5"))
                    .expectNoEvents();
        }

        @Test
        void a_criterion_the_pool_does_not_have_or_one_scored_twice_is_refused() {
            List<CriterionScore> unknown = List.of(
                    new CriterionScore("purpose", 4, "Fine"),
                    new CriterionScore("method", 3, "Fine"),
                    new CriterionScore("feasibility", 5, "Fine"),
                    new CriterionScore("innovation", 5, "Not a criterion"));
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT))
                    .when(new SubmitAssessment(POOL, AARHUS_APP, unknown, BIRGIT, null))
                    .expectException(ScoresDoNotFitCriteria.class)
                    .expectNoEvents();
            List<CriterionScore> twice = List.of(
                    new CriterionScore("purpose", 4, "Fine"),
                    new CriterionScore("purpose", 2, "On second thought"),
                    new CriterionScore("method", 3, "Fine"),
                    new CriterionScore("feasibility", 5, "Fine"));
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT))
                    .when(new SubmitAssessment(POOL, AARHUS_APP, twice, BIRGIT, null))
                    .expectException(ScoresDoNotFitCriteria.class)
                    .expectNoEvents();
        }

        @Test
        void every_score_carries_a_justification() {
            assertThatThrownBy(() -> new CriterionScore("purpose", 4, " ")).isInstanceOf(InvalidValue.class);
        }

        @Test
        void each_assessor_assesses_once() {
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT), assessedBy(BIRGIT, 4, 3, 5))
                    .when(new SubmitAssessment(POOL, AARHUS_APP, scores(5, 5, 5), BIRGIT, null))
                    .expectException(AlreadyAssessed.class)
                    .expectNoEvents();
        }

        @Test
        void an_assessor_who_declared_a_conflict_after_the_assignment_cannot_assess() {
            fixture.given(eligibleApplication())
                    .andGiven(
                            assigned(BIRGIT),
                            new ConflictOfInterestDeclared(
                                    POOL,
                                    AARHUS_APP,
                                    new Decision("birgit", Role.ASSESSOR, ASSESSED_AT, "Former employer")))
                    .when(new SubmitAssessment(POOL, AARHUS_APP, scores(4, 3, 5), BIRGIT, null))
                    .expectException(ConflictOfInterest.class)
                    .expectNoEvents();
        }

        @Test
        void only_an_application_screened_eligible_is_assessed() {
            fixture.given(DRAFTED, published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .andGiven(assigned(BIRGIT))
                    .when(new SubmitAssessment(POOL, AARHUS_APP, scores(4, 3, 5), BIRGIT, null))
                    .expectException(ApplicationNotInState.class)
                    .expectNoEvents();
        }

        @Test
        void a_pool_without_criteria_has_no_assessments_on_them_and_keeps_its_one_to_five_score() {
            Object[] withoutCriteria = {
                drafted("24900000"),
                published(),
                submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                eligible("aarhus-1"),
                assigned(BIRGIT)
            };
            fixture.given(withoutCriteria)
                    .when(new SubmitAssessment(POOL, AARHUS_APP, scores(4, 3, 5), BIRGIT, null))
                    .expectException(NoAssessmentCriteria.class)
                    .expectNoEvents();
            fixture.given(withoutCriteria)
                    .when(new ScoreApplication(POOL, AARHUS_APP, 4, BIRGIT, "Good"))
                    .expectEvents(new ApplicationScored(POOL, AARHUS_APP, 4, now(BIRGIT, "Good")));
        }

        @Test
        void an_assessor_who_assessed_an_application_cannot_award_it() {
            Actor assessingApprover = new Actor("birgit", Role.APPROVER);
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT), assessedBy(BIRGIT, 4, 3, 5))
                    .when(new AwardGrant(POOL, AARHUS_APP, Money.of("2000000"), assessingApprover, "Strong"))
                    .expectException(FourEyesViolation.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Consensus {

        @Test
        void no_consensus_before_the_pools_number_of_assessors_have_assessed() {
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT), assigned(CARL), assessedBy(BIRGIT, 4, 3, 5))
                    .when(new RecordConsensus(POOL, AARHUS_APP, scores(4, 3, 5), MANAGER, "Agreed"))
                    .expectException(TooFewAssessments.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("1 of the 2"))
                    .expectNoEvents();
        }

        @Test
        void the_pool_manager_records_the_agreed_scores_and_the_weighted_score_they_make() {
            List<CriterionScore> agreed = List.of(
                    new CriterionScore("purpose", 4, "Both gave 4"),
                    new CriterionScore("method", 4, "3 and 5: the tool is known, its use here is new"),
                    new CriterionScore("feasibility", 5, "Both gave 5"));
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT), assigned(CARL), assessedBy(CARL, 4, 5, 5), assessedBy(BIRGIT, 4, 3, 5))
                    .when(new RecordConsensus(POOL, AARHUS_APP, agreed, MANAGER, "Consensus meeting 30 March"))
                    // 33.33 × 4 + 33.33 × 4 + 33.34 × 5
                    .expectEvents(new ConsensusRecorded(
                            POOL,
                            AARHUS_APP,
                            agreed,
                            new BigDecimal("433.34"),
                            List.of("birgit", "carl"),
                            1,
                            now(MANAGER, "Consensus meeting 30 March")));
        }

        @Test
        void a_lead_assessor_who_assessed_records_it_but_one_who_did_not_cannot() {
            Object[] twoAssessed = {
                assigned(BIRGIT), assigned(CARL), assessedBy(CARL, 4, 5, 5), assessedBy(BIRGIT, 4, 3, 5)
            };
            fixture.given(eligibleApplication())
                    .andGiven(twoAssessed)
                    .when(new RecordConsensus(POOL, AARHUS_APP, scores(4, 4, 5), BIRGIT, "Agreed at the meeting"))
                    .expectSuccessfulHandlerExecution();
            fixture.given(eligibleApplication())
                    .andGiven(twoAssessed)
                    .when(new RecordConsensus(
                            POOL, AARHUS_APP, scores(4, 4, 5), new Actor("dorte", Role.ASSESSOR), "Agreed"))
                    .expectException(NotAssigned.class)
                    .expectNoEvents();
        }

        @Test
        void the_agreed_scores_fit_the_criteria_and_the_consensus_has_a_reason() {
            fixture.given(eligibleApplication())
                    .andGiven(assigned(BIRGIT), assigned(CARL), assessedBy(CARL, 4, 5, 5), assessedBy(BIRGIT, 4, 3, 5))
                    .when(new RecordConsensus(POOL, AARHUS_APP, scores(4, 4, 9), MANAGER, "Agreed"))
                    .expectException(ScoresDoNotFitCriteria.class)
                    .expectNoEvents();
            assertThatThrownBy(() -> new RecordConsensus(POOL, AARHUS_APP, scores(4, 4, 5), MANAGER, null))
                    .isInstanceOf(InvalidValue.class);
        }

        @Test
        void whoever_recorded_the_consensus_cannot_decide_the_application() {
            Actor leadApprover = new Actor("mette", Role.APPROVER);
            fixture.given(eligibleApplication())
                    .andGiven(
                            assigned(BIRGIT),
                            assigned(CARL),
                            assessedBy(CARL, 4, 5, 5),
                            assessedBy(BIRGIT, 4, 3, 5),
                            new ConsensusRecorded(
                                    POOL,
                                    AARHUS_APP,
                                    scores(4, 4, 5),
                                    new BigDecimal("433.34"),
                                    List.of("birgit", "carl"),
                                    1,
                                    new Decision("mette", Role.POOL_MANAGER, ASSESSED_AT, "Agreed")))
                    .when(new AwardGrant(POOL, AARHUS_APP, Money.of("2000000"), leadApprover, "Strong"))
                    .expectException(FourEyesViolation.class)
                    .expectNoEvents();
        }
    }
}

package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import dk.pulje.command.application.ApplicationNotInState;
import dk.pulje.command.shared.EarmarkNotMet;
import dk.pulje.command.shared.FourEyesViolation;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationAssessed;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.ConsensusRecorded;
import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AllocatedAward;
import dk.pulje.shared.pool.AllocationApproved;
import dk.pulje.shared.pool.AllocationProposed;
import dk.pulje.shared.pool.AllocationRanking;
import dk.pulje.shared.pool.AllocationRejected;
import dk.pulje.shared.pool.ApproveAllocation;
import dk.pulje.shared.pool.AssessmentCriterion;
import dk.pulje.shared.pool.AssessmentRules;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.ExpectedGrantees;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PriorityRule;
import dk.pulje.shared.pool.ProposeAllocation;
import dk.pulje.shared.pool.RankedApplication;
import dk.pulje.shared.pool.RejectAllocation;
import dk.pulje.shared.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ranked allocation, as specifications: proposed after the deadline, ranked by the pool's priority rule and the
 * weighted consensus scores with ties explained, within the budget, the earmarks and the expected number of grantees,
 * and approved by someone other than its proposer, all its awards or none.
 */
class AllocationTest {

    private static final Instant ALLOCATED_AT = Instant.parse("2017-04-03T10:00:00Z");
    private static final Instant BEFORE_DEADLINE = Instant.parse("2017-03-24T10:59:00Z");
    private static final PoolId EARLIER = PoolId.of("early-preventive-effort-2016");
    private static final Applicant VEJLE = Applicant.municipality("630");
    private static final Applicant ESBJERG = Applicant.municipality("561");
    private static final Actor SECOND_APPROVER = new Actor("jonas", Role.APPROVER);
    private static final String REASON = "The highest ranked within the budget";

    private static final AssessmentRules TWO_ASSESSORS = new AssessmentRules(
            List.of(
                    new AssessmentCriterion("purpose", "Formål", null, new BigDecimal("60"), 5),
                    new AssessmentCriterion("feasibility", "Plan og budget", null, new BigDecimal("40"), 5)),
            2);

    private final MutableClock clock = new MutableClock(ALLOCATED_AT);
    private AggregateTestFixture<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pool.class);
        fixture.registerInjectableResource(clock);
        // Aarhus holds a grant from the 2016 pool the priority rule names.
        fixture.registerInjectableResource(
                (EarlierGrantees) pool -> pool.equals(EARLIER) ? Set.of(AARHUS.key()) : Set.of());
        PoolAwards awards = new PoolAwards(fixture.getRepository());
        fixture.registerCommandHandler(
                AwardGrant.class, award -> awards.award((AwardGrant) award.getPayload(), clock.instant()));
        fixture.registerCommandHandler(
                ApproveAllocation.class,
                approval -> awards.approveAllocation((ApproveAllocation) approval.getPayload(), clock.instant()));
    }

    /** The pool of 6 February 2017 as the seeds tell it: two assessors, priority against the 2016 pool. */
    private static PoolTerms terms(ExpectedGrantees expected, List<Earmark> earmarks, Boolean awardsAfterDeadline) {
        PoolTerms base = TestPools.earlyPreventiveEffort2017();
        PoolTerms terms = new PoolTerms(
                        base.title(),
                        base.description(),
                        base.eligibleKinds(),
                        base.categories(),
                        base.limits(),
                        expected,
                        base.rounds(),
                        base.projectPeriod(),
                        base.meetings(),
                        base.grantConditions(),
                        earmarks,
                        new PriorityRule(EARLIER, "Municipalities without a grant from the 2016 pool go first"),
                        null)
                .withAssessment(TWO_ASSESSORS);
        return awardsAfterDeadline == null ? terms : terms.withAwardsAfterDeadline(awardsAfterDeadline);
    }

    private static PoolDrafted drafted(String budget, PoolTerms terms) {
        return new PoolDrafted(
                POOL,
                PROGRAMME,
                Money.of(budget),
                terms,
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null),
                false);
    }

    private static final PoolDrafted DRAFTED = drafted("5000000", terms(new ExpectedGrantees(1, 3), null, null));

    private static ApplicationSubmitted submitted(String id, Applicant applicant, String at) {
        return submitted(id, applicant, at, "2000000");
    }

    private static ApplicationSubmitted submitted(String id, Applicant applicant, String at, String amount) {
        return new ApplicationSubmitted(
                POOL,
                ApplicationId.of(id),
                1,
                applicant,
                "Early help in PPR",
                Money.of(amount),
                TestPools.budget(2018, amount),
                "new-methods",
                CONTACT,
                new Actor(id + "-clerk", Role.APPLICANT, applicant.key()),
                Instant.parse(at));
    }

    private static ConsensusRecorded consensus(String id, String weighted) {
        return new ConsensusRecorded(
                POOL,
                ApplicationId.of(id),
                List.of(new CriterionScore("purpose", 4, "Agreed"), new CriterionScore("feasibility", 4, "Agreed")),
                new BigDecimal(weighted),
                List.of("birgit", "carl"),
                1,
                new Decision("birgit", Role.ASSESSOR, Instant.parse("2017-03-30T10:00:00Z"), "Consensus meeting"));
    }

    /**
     * Aarhus (a 2016 grantee) scores highest; Odense and Vejle share a score, Odense submitted first; Esbjerg has only
     * one of its two assessments.
     */
    private Object[] assessed() {
        return new Object[] {
            DRAFTED,
            published(),
            submitted("aarhus", AARHUS, "2017-03-20T10:00:00Z"),
            submitted("odense", ODENSE, "2017-03-21T09:00:00Z"),
            submitted("vejle", VEJLE, "2017-03-22T15:30:00Z"),
            submitted("esbjerg", ESBJERG, "2017-03-23T08:00:00Z"),
            eligible("aarhus"),
            eligible("odense"),
            eligible("vejle"),
            eligible("esbjerg"),
            consensus("aarhus", "480.00"),
            consensus("odense", "400.00"),
            consensus("vejle", "400.00"),
            new ApplicationAssessed(
                    POOL,
                    ApplicationId.of("esbjerg"),
                    List.of(new CriterionScore("purpose", 5, "j"), new CriterionScore("feasibility", 5, "j")),
                    new BigDecimal("500.00"),
                    1,
                    new Decision("birgit", Role.ASSESSOR, Instant.parse("2017-03-29T10:00:00Z"), null))
        };
    }

    private static List<AllocatedAward> awards(String... ids) {
        return java.util.Arrays.stream(ids)
                .map(id -> new AllocatedAward(ApplicationId.of(id), Money.of("2000000")))
                .toList();
    }

    private static AllocationProposed proposed(String... ids) {
        return new AllocationProposed(
                POOL,
                1,
                awards(ids),
                awards(ids).stream().map(AllocatedAward::amount).reduce(Money.ZERO, Money::plus),
                new AllocationRanking(List.of(), null, List.of(), List.of()),
                1,
                new Decision(MANAGER.userId(), MANAGER.role(), ALLOCATED_AT, REASON));
    }

    private static GrantAwarded awarded(String id, Applicant applicant, Decision decision) {
        return new GrantAwarded(
                POOL, ApplicationId.of(id), applicant, Money.of("2000000"), List.of(), 1, decision, List.of());
    }

    @Test
    void the_ranking_puts_the_priority_rule_first_then_the_weighted_score_and_explains_each_tie() {
        fixture.given(assessed())
                .when(new ProposeAllocation(POOL, awards("odense", "vejle"), MANAGER, REASON))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches((AllocationProposed proposal) -> {
                            AllocationRanking ranking = proposal.ranking();
                            assertThat(ranking.applications())
                                    .extracting(r -> r.applicationId().toString())
                                    .containsExactly("odense", "vejle", "aarhus");
                            RankedApplication aarhus = ranking.applications().get(2);
                            assertThat(aarhus.weightedScore()).isEqualByComparingTo("480.00");
                            assertThat(aarhus.priority()).isFalse();
                            assertThat(aarhus.priorityReason())
                                    .isEqualTo("Aarhus Kommune has a grant from pool early-preventive-effort-2016");
                            assertThat(aarhus.proposed()).isNull();
                            assertThat(ranking.applications().get(0).proposed()).isEqualTo(Money.of("2000000"));
                            assertThat(ranking.priorityRule())
                                    .isEqualTo("Municipalities without a grant from the 2016 pool go first");
                            assertThat(ranking.ties())
                                    .singleElement()
                                    .satisfies(tie -> assertThat(tie)
                                            .contains("400.00 among those with priority")
                                            .contains("odense (Odense Kommune, submitted 2017-03-21T09:00:00Z), "
                                                    + "vejle (Vejle Kommune, submitted 2017-03-22T15:30:00Z)")
                                            .contains("the earlier submission ranks first"));
                            assertThat(ranking.notes())
                                    .contains(
                                            "1 eligible application(s) not assessed as the pool asks are not ranked: "
                                                    + "esbjerg",
                                            "2 award(s); the pool expects 1–3 grantees");
                            assertThat(proposal.total()).isEqualTo(Money.of("4000000"));
                            assertThat(proposal.decision()).isEqualTo(Decision.by(MANAGER, ALLOCATED_AT, REASON));
                            return proposal.allocation() == 1;
                        }),
                        andNoMore())));
    }

    @Test
    void an_approver_other_than_the_proposer_awards_every_application_of_the_allocation_at_once() {
        Decision approval = Decision.by(APPROVER, ALLOCATED_AT, "Allocation 1: " + REASON + " — Approved as proposed");
        fixture.given(assessed())
                .andGiven(proposed("odense", "vejle"))
                .when(new ApproveAllocation(POOL, 1, APPROVER, "Approved as proposed"))
                .expectEvents(
                        new AllocationApproved(POOL, 1, awards("odense", "vejle"), Money.of("4000000"), approval),
                        awarded("odense", ODENSE, approval),
                        awarded("vejle", VEJLE, approval));
    }

    @Test
    void the_proposer_cannot_approve_their_own_allocation() {
        Actor proposingApprover = new Actor("anne", Role.APPROVER);
        fixture.given(assessed())
                .when(new ProposeAllocation(POOL, awards("odense"), proposingApprover, REASON))
                .expectSuccessfulHandlerExecution();
        fixture.given(assessed())
                .andGiven(new AllocationProposed(
                        POOL,
                        1,
                        awards("odense"),
                        Money.of("2000000"),
                        new AllocationRanking(List.of(), null, List.of(), List.of()),
                        1,
                        Decision.by(proposingApprover, ALLOCATED_AT, REASON)))
                .when(new ApproveAllocation(POOL, 1, proposingApprover, null))
                .expectException(FourEyesViolation.class)
                .expectExceptionMessage(containsString("proposed allocation 1"))
                .expectNoEvents();
    }

    @Test
    void when_one_award_would_be_refused_none_is_made_and_the_refusal_names_it() {
        fixture.given(assessed())
                .andGiven(
                        proposed("odense", "vejle"),
                        new ApplicationRejected(
                                POOL,
                                ApplicationId.of("vejle"),
                                List.of(),
                                1,
                                Decision.by(SECOND_APPROVER, ALLOCATED_AT, "No")))
                .when(new ApproveAllocation(POOL, 1, APPROVER, null))
                .expectException(ApplicationNotInState.class)
                .expectExceptionMessage(containsString("vejle"))
                .expectNoEvents();
        // Aarhus was awarded on its own after the proposal: Odense still fits, Vejle no longer does.
        fixture.given(assessed())
                .andGiven(
                        proposed("odense", "vejle"),
                        awarded("aarhus", AARHUS, Decision.by(SECOND_APPROVER, ALLOCATED_AT, "Strong")))
                .when(new ApproveAllocation(POOL, 1, APPROVER, null))
                .expectException(AwardExceedsBudget.class)
                .expectExceptionMessage(allOf(
                        containsString("1000000.00 kr. left after the allocation's awards before it"),
                        containsString("application vejle")))
                .expectNoEvents();
    }

    @Test
    void a_competitive_pool_allocates_and_awards_only_after_its_deadline() {
        clock.set(BEFORE_DEADLINE);
        fixture.given(assessed())
                .when(new ProposeAllocation(POOL, awards("odense"), MANAGER, REASON))
                .expectException(AwardsAfterDeadline.class)
                .expectExceptionMessage(containsString("round 1 closes at 2017-03-24T12:00"))
                .expectNoEvents();
        fixture.given(assessed())
                .when(new AwardGrant(POOL, ApplicationId.of("odense"), Money.of("2000000"), APPROVER, "Strong"))
                .expectException(AwardsAfterDeadline.class)
                .expectNoEvents();
    }

    @Test
    void a_pool_whose_terms_allow_it_awards_before_its_deadline() {
        clock.set(BEFORE_DEADLINE);
        assertThat(terms(null, null, null).awardsOnlyAfterDeadline()).isTrue();
        assertThat(TestPools.earlyPreventiveEffort2017().awardsOnlyAfterDeadline())
                .as("a pool without criteria decides as applications come")
                .isFalse();
        Object[] anyTime = assessed();
        anyTime[0] = drafted("5000000", terms(new ExpectedGrantees(1, 3), null, false));
        fixture.given(anyTime)
                .when(new ProposeAllocation(POOL, awards("odense"), MANAGER, REASON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_allocation_stays_within_the_budget() {
        fixture.given(assessed())
                .when(new ProposeAllocation(POOL, awards("odense", "vejle", "aarhus"), MANAGER, REASON))
                .expectException(AwardExceedsBudget.class)
                .expectExceptionMessage(containsString("application aarhus"))
                .expectNoEvents();
    }

    @Test
    void an_allocation_awards_no_more_applications_than_the_pool_expects_grantees() {
        Object[] fewGrantees = assessed();
        fewGrantees[0] = drafted("24900000", terms(new ExpectedGrantees(1, 2), null, null));
        fixture.given(fewGrantees)
                .when(new ProposeAllocation(POOL, awards("odense", "vejle", "aarhus"), MANAGER, REASON))
                .expectException(TooManyGrantees.class)
                .expectNoEvents();
    }

    @Test
    void every_award_of_an_allocation_holds_the_earmarks() {
        Object[] earmarked = assessed();
        earmarked[0] = drafted(
                "5000000",
                terms(
                        new ExpectedGrantees(1, 3),
                        List.of(new Earmark("partnership", "Partnership with the agency", Money.of("300000"))),
                        null));
        fixture.given(earmarked)
                .when(new ProposeAllocation(
                        POOL,
                        List.of(new AllocatedAward(ApplicationId.of("odense"), Money.of("200000"))),
                        MANAGER,
                        REASON))
                .expectException(EarmarkNotMet.class)
                .expectExceptionMessage(containsString("application odense"))
                .expectNoEvents();
    }

    @Test
    void every_application_of_an_allocation_is_assessed_as_the_pool_asks() {
        fixture.given(assessed())
                .when(new ProposeAllocation(POOL, awards("odense", "esbjerg"), MANAGER, REASON))
                .expectException(NotAssessed.class)
                .expectExceptionMessage(containsString("esbjerg is not assessed as the pool asks: it has no consensus"))
                .expectNoEvents();
    }

    @Test
    void an_application_already_decided_is_not_allocated_again() {
        fixture.given(assessed())
                .andGiven(awarded("aarhus", AARHUS, Decision.by(SECOND_APPROVER, ALLOCATED_AT, "Strong")))
                .when(new ProposeAllocation(POOL, awards("aarhus"), MANAGER, REASON))
                .expectException(ApplicationNotInState.class)
                .expectNoEvents();
    }

    @Test
    void one_allocation_awaits_approval_at_a_time_and_a_rejected_one_cannot_be_approved() {
        fixture.given(assessed())
                .andGiven(proposed("odense"))
                .when(new ProposeAllocation(POOL, awards("vejle"), MANAGER, REASON))
                .expectException(AllocationPending.class)
                .expectNoEvents();
        fixture.given(assessed())
                .andGiven(proposed("odense"))
                .when(new RejectAllocation(POOL, 1, APPROVER, "Vejle ranks as high"))
                .expectEvents(
                        new AllocationRejected(POOL, 1, Decision.by(APPROVER, ALLOCATED_AT, "Vejle ranks as high")));
        fixture.given(assessed())
                .andGiven(
                        proposed("odense"),
                        new AllocationRejected(POOL, 1, Decision.by(APPROVER, ALLOCATED_AT, "Vejle ranks as high")))
                .when(new ApproveAllocation(POOL, 1, SECOND_APPROVER, null))
                .expectException(UnknownAllocation.class)
                .expectNoEvents();
    }

    @Test
    void without_awards_the_pool_proposes_from_its_ranking_within_the_budget_and_says_whom_it_left_out() {
        // 5 mio.: Odense and Vejle (priority, 2 mio. each) fit; Aarhus (no priority) no longer does.
        fixture.given(assessed())
                .when(new ProposeAllocation(POOL, List.of(), MANAGER, REASON))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches((AllocationProposed proposal) -> {
                            assertThat(proposal.awards()).isEqualTo(awards("odense", "vejle"));
                            assertThat(proposal.ranking().notes())
                                    .first()
                                    .isEqualTo("1 application(s) ranked below the last award are not proposed: what "
                                            + "the budget has left holds none of their requests");
                            return true;
                        }),
                        andNoMore())));
    }

    @Test
    void a_proposal_from_the_ranking_passes_over_a_request_the_budget_cannot_hold_and_says_so() {
        // Vejle asks for 4 mio.: after Odense's 2 mio. only 3 mio. are left, which Aarhus's 2 mio. fit.
        Object[] vejleAsksMore = assessed();
        vejleAsksMore[4] = submitted("vejle", VEJLE, "2017-03-22T15:30:00Z", "4000000");
        fixture.given(vejleAsksMore)
                .when(new ProposeAllocation(POOL, List.of(), MANAGER, REASON))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches((AllocationProposed proposal) -> {
                            assertThat(proposal.awards()).isEqualTo(awards("odense", "aarhus"));
                            assertThat(proposal.ranking().notes())
                                    .startsWith("Application vejle ranked 2 is left out: The pool has 3000000.00 kr. "
                                            + "left after the allocation's awards before it; 4000000.00 kr. cannot be "
                                            + "awarded to application vejle");
                            return true;
                        }),
                        andNoMore())));
    }

    @Test
    void a_proposal_from_the_ranking_stops_at_the_most_grantees_the_pool_expects() {
        Object[] oneGrantee = assessed();
        oneGrantee[0] = drafted("24900000", terms(new ExpectedGrantees(1, 1), null, null));
        fixture.given(oneGrantee)
                .when(new ProposeAllocation(POOL, null, MANAGER, REASON))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches((AllocationProposed proposal) ->
                                proposal.awards().equals(awards("odense"))),
                        andNoMore())));
    }

    @Test
    void every_municipality_of_the_country_applies_and_the_pool_proposes_from_its_ranking() {
        // All 98 municipalities apply, a minute apart; scores repeat every 7, so each is shared by many.
        List<Object> given = new java.util.ArrayList<>(List.of(
                drafted("24900000", terms(new ExpectedGrantees(5, 15), null, null)), published()));
        List<String> codes = dk.pulje.shared.common.Municipalities.all().keySet().stream()
                .sorted()
                .toList();
        for (int i = 0; i < codes.size(); i++) {
            String id = "app-" + (1000 + i);
            Applicant applicant = Applicant.municipality(codes.get(i));
            given.add(submitted(
                    id,
                    applicant,
                    Instant.parse("2017-03-01T08:00:00Z").plusSeconds(60L * i).toString()));
            given.add(eligible(id));
            given.add(consensus(id, (300 + 10 * (i % 7)) + ".00"));
        }
        fixture.given(given.toArray())
                .when(new ProposeAllocation(POOL, null, MANAGER, REASON))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches((AllocationProposed proposal) -> {
                            List<RankedApplication> ranked = proposal.ranking().applications();
                            assertThat(ranked).hasSize(codes.size());
                            // 24.9 mio. holds twelve requests of 2 mio.
                            assertThat(proposal.awards()).hasSize(12);
                            assertThat(proposal.ranking().notes())
                                    .contains("86 application(s) ranked below the last award are not proposed: what "
                                            + "the budget has left holds none of their requests");
                            // The highest score, 360.00, is held by every 7th application; the earliest go first.
                            assertThat(proposal.awards())
                                    .extracting(award -> award.applicationId().toString())
                                    .startsWith("app-1006", "app-1013", "app-1020");
                            assertThat(ranked.subList(0, ranked.size() - 1))
                                    .allMatch(RankedApplication::priority)
                                    .isSortedAccordingTo(java.util.Comparator.comparing(
                                            RankedApplication::weightedScore, java.util.Comparator.reverseOrder()));
                            assertThat(ranked.get(ranked.size() - 1).applicant())
                                    .as("the 2016 grantee ranks last, whatever its score")
                                    .isEqualTo(AARHUS);
                            assertThat(proposal.ranking().ties()).hasSize(7);
                            return true;
                        }),
                        andNoMore())));
    }

    @Test
    void a_proposal_from_a_ranking_with_nothing_to_award_is_refused() {
        fixture.given(DRAFTED, published(), submitted("odense", ODENSE, "2017-03-21T09:00:00Z"), eligible("odense"))
                .when(new ProposeAllocation(POOL, List.of(), MANAGER, REASON))
                .expectException(NothingToAllocate.class)
                .expectNoEvents();
    }

    @Test
    void an_allocation_names_each_application_once_with_an_amount_and_has_a_reason() {
        assertThatThrownBy(() -> new ProposeAllocation(POOL, awards("odense", "odense"), MANAGER, REASON))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() ->
                        new ProposeAllocation(POOL, java.util.Arrays.asList((AllocatedAward) null), MANAGER, REASON))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ProposeAllocation(POOL, awards("odense"), MANAGER, " "))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AllocatedAward(ApplicationId.of("odense"), Money.ZERO))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new RejectAllocation(POOL, 1, APPROVER, null)).isInstanceOf(InvalidValue.class);
    }
}

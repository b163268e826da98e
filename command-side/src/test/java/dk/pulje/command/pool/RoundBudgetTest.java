package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import dk.pulje.command.programme.ProgrammeFunds;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.DeadlineChange;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PublishPool;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pool that gives its money in rounds, as the aftercare pool of 2017 does (autumn 2017 and spring 2018): each
 * round's own budget caps the awards to that round's applications, within the pool's budget; publishing and amending
 * check the rounds' budgets again.
 */
class RoundBudgetTest {

    private final MutableClock clock = new MutableClock(PUBLISHED_AT);
    private AggregateTestFixture<Pool> fixture;

    private static final List<Round> TWO_ROUNDS = List.of(
            new Round(1, LocalDateTime.parse("2017-02-06T00:00"), Deadline.of("2017-03-24T12:00"), Money.of("3000000")),
            new Round(
                    2, LocalDateTime.parse("2017-09-01T00:00"), Deadline.of("2017-10-02T12:00"), Money.of("7000000")));

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pool.class);
        fixture.registerInjectableResource(clock);
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
        clock.setCopenhagen("2017-04-20T14:00:00");
    }

    private static PoolTerms twoRounds() {
        return TestPools.earlyPreventiveEffort2017().withRounds(TWO_ROUNDS);
    }

    private static PoolDrafted draftedInRounds() {
        return new PoolDrafted(
                POOL,
                PROGRAMME,
                Money.of("10000000"),
                twoRounds(),
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null));
    }

    private static ApplicationSubmitted inRound(int round, String id, Applicant applicant, Actor clerk) {
        return new ApplicationSubmitted(
                POOL,
                ApplicationId.of(id),
                round,
                applicant,
                "Aftercare",
                Money.of("2000000"),
                TestPools.budget(2018, "2000000"),
                "new-methods",
                CONTACT,
                clerk,
                Instant.parse("2017-03-20T10:00:00Z"));
    }

    private static GrantAwarded awarded(String id, Applicant applicant) {
        return new GrantAwarded(
                POOL,
                ApplicationId.of(id),
                applicant,
                Money.of("2000000"),
                List.of(),
                1,
                new Decision("anne", Role.APPROVER, PUBLISHED_AT, "ok"));
    }

    @Test
    void an_award_never_exceeds_what_its_round_has_left_even_when_the_pool_has_more() {
        fixture.given(
                        draftedInRounds(),
                        published(),
                        inRound(1, "aarhus-1", AARHUS, AARHUS_CLERK),
                        eligible("aarhus-1"),
                        inRound(1, "odense-1", ODENSE, ODENSE_CLERK),
                        eligible("odense-1"),
                        awarded("aarhus-1", AARHUS))
                .when(new AwardGrant(POOL, ApplicationId.of("odense-1"), Money.of("1000000.01"), APPROVER, "ok"))
                .expectException(AwardExceedsBudget.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("Round 1 has 1000000.00 kr. left"))
                .expectNoEvents();
    }

    @Test
    void an_award_may_take_what_its_round_has_left_exactly() {
        fixture.given(
                        draftedInRounds(),
                        published(),
                        inRound(1, "aarhus-1", AARHUS, AARHUS_CLERK),
                        eligible("aarhus-1"),
                        inRound(1, "odense-1", ODENSE, ODENSE_CLERK),
                        eligible("odense-1"),
                        awarded("aarhus-1", AARHUS))
                .when(new AwardGrant(POOL, ApplicationId.of("odense-1"), Money.of("1000000"), APPROVER, "ok"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_released_award_gives_its_round_the_money_back() {
        fixture.given(
                        draftedInRounds(),
                        published(),
                        inRound(1, "aarhus-1", AARHUS, AARHUS_CLERK),
                        eligible("aarhus-1"),
                        inRound(1, "odense-1", ODENSE, ODENSE_CLERK),
                        eligible("odense-1"),
                        awarded("aarhus-1", AARHUS),
                        new AwardReleased(
                                POOL,
                                ApplicationId.of("aarhus-1"),
                                Money.of("2000000"),
                                new Decision("anne", Role.APPROVER, PUBLISHED_AT, "Declined by the grantee")))
                .when(new AwardGrant(POOL, ApplicationId.of("odense-1"), Money.of("2000000"), APPROVER, "ok"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void another_rounds_awards_do_not_count_against_a_round() {
        clock.setCopenhagen("2017-10-20T14:00:00");
        fixture.given(
                        draftedInRounds(),
                        published(),
                        inRound(1, "aarhus-1", AARHUS, AARHUS_CLERK),
                        eligible("aarhus-1"),
                        awarded("aarhus-1", AARHUS),
                        inRound(2, "odense-2", ODENSE, ODENSE_CLERK),
                        eligible("odense-2"))
                .when(new AwardGrant(POOL, ApplicationId.of("odense-2"), Money.of("2000000"), APPROVER, "ok"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_pool_is_not_published_with_rounds_whose_budgets_exceed_its_budget() {
        clock.set(PUBLISHED_AT);
        List<Round> tooMuch = List.of(
                TWO_ROUNDS.get(0),
                new Round(
                        2,
                        LocalDateTime.parse("2017-09-01T00:00"),
                        Deadline.of("2017-10-02T12:00"),
                        Money.of("7000000.01")));
        fixture.given(draftedInRounds())
                .when(new PublishPool(POOL, MANAGER, "Published with its real rounds", tooMuch))
                .expectException(RoundBudgetsExceedBudget.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("add up to 10000000.01 kr."))
                .expectNoEvents();
    }

    @Test
    void a_pool_is_published_with_rounds_whose_budgets_fill_its_budget_exactly() {
        clock.set(PUBLISHED_AT);
        fixture.given(draftedInRounds())
                .when(new PublishPool(POOL, MANAGER, "Published with its real rounds", TWO_ROUNDS))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_amendment_never_cuts_the_budget_below_what_the_rounds_budgets_add_up_to() {
        fixture.given(draftedInRounds(), published())
                .when(new AmendPool(POOL, Money.of("9999999.99"), List.of(), MANAGER, "Cut"))
                .expectException(RoundBudgetsExceedBudget.class)
                .expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("more than the pool's budget of " + "9999999.99 kr."))
                .expectNoEvents();
    }

    @Test
    void an_amendment_may_cut_the_budget_to_what_the_rounds_budgets_add_up_to() {
        fixture.given(draftedInRounds(), published())
                .when(new AmendPool(
                        POOL,
                        Money.of("10000000.00"),
                        List.of(new DeadlineChange(2, Deadline.of("2017-10-09T12:00"))),
                        MANAGER,
                        "Round 2 extended"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_rounds_budgets_fit_in_the_pools_budget() {
        assertThatThrownBy(() -> new DraftPool(POOL, PROGRAMME, Money.of("9999999.99"), twoRounds(), MANAGER, null))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("rounds' budgets");
    }
}

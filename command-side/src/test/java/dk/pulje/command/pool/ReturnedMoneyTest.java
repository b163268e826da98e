package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.mock;

import dk.pulje.command.programme.ProgrammeFunds;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.ReleaseAward;
import dk.pulje.shared.application.ReleaseCause;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.ReturnsTo;
import dk.pulje.shared.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Money a grant no longer holds — a lapsed grant's amount, a closed grant's unpaid rest, a repayment — is never shown
 * as still awarded: it goes where the pool's grant terms send it. Back to the pool it is available for awards again;
 * back to the state it stays used, and neither an award nor an amendment can take it.
 */
class ReturnedMoneyTest {

    private static final Instant NOW = Instant.parse("2017-12-01T10:00:00Z");
    private static final ApplicationId AARHUS_APP = ApplicationId.of("aarhus-1");
    private static final ApplicationId ODENSE_APP = ApplicationId.of("odense-1");

    private final MutableClock clock = new MutableClock(NOW);
    private AggregateTestFixture<Pool> fixture;

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
        fixture.registerCommandHandler(ReleaseAward.class, release -> {
            awards.release((ReleaseAward) release.getPayload(), clock.instant());
            return null;
        });
    }

    private static PoolDrafted drafted(ReturnsTo returnsTo) {
        PoolTerms t = TestPools.earlyPreventiveEffort2017();
        PoolTerms terms = new PoolTerms(
                t.title(),
                t.description(),
                t.eligibleKinds(),
                t.categories(),
                t.limits(),
                t.expectedGrantees(),
                t.rounds(),
                t.projectPeriod(),
                t.meetings(),
                new GrantConditions(null, null, null, returnsTo),
                t.earmarks(),
                t.priority(),
                t.translations());
        return new PoolDrafted(
                POOL,
                PROGRAMME,
                Money.of("3000000"),
                terms,
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null));
    }

    /** A pool of 3,000,000.00 kr. that awarded Aarhus 2,000,000.00 kr. and has Odense's application to decide. */
    private List<Object> awardedToAarhus(ReturnsTo returnsTo) {
        return List.of(
                drafted(returnsTo),
                published(),
                submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                eligible("aarhus-1"),
                submitted("odense-1", ODENSE, ODENSE_CLERK, "2000000"),
                eligible("odense-1"),
                new GrantAwarded(
                        POOL,
                        AARHUS_APP,
                        AARHUS,
                        Money.of("2000000"),
                        List.of(),
                        1,
                        new Decision(APPROVER.userId(), Role.APPROVER, NOW, "Scores 4/5")));
    }

    private static AwardReleased released(String amount, ReleaseCause cause, ReturnsTo returnsTo) {
        return new AwardReleased(
                POOL, AARHUS_APP, Money.of(amount), Decision.by(Actor.system(), NOW, "Why"), cause, returnsTo);
    }

    private static ReleaseAward release(String amount, ReleaseCause cause) {
        return new ReleaseAward(POOL, AARHUS_APP, Money.of(amount), Actor.system(), "Why", cause);
    }

    static Stream<Arguments> everyCauseToEveryDestination() {
        return Stream.of(ReleaseCause.values())
                .flatMap(cause -> Stream.of(ReturnsTo.values()).map(returnsTo -> Arguments.of(cause, returnsTo)));
    }

    @ParameterizedTest(name = "{0} to the {1}")
    @MethodSource("everyCauseToEveryDestination")
    void money_no_longer_awarded_goes_where_the_pools_terms_send_it(ReleaseCause cause, ReturnsTo returnsTo) {
        fixture.given(awardedToAarhus(returnsTo))
                .when(release("750000.25", cause))
                .expectEvents(released("750000.25", cause, returnsTo));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCauseToEveryDestination")
    void back_to_the_pool_it_can_be_awarded_again_to_the_last_oere_back_to_the_state_it_cannot(
            ReleaseCause cause, ReturnsTo returnsTo) {
        // 3,000,000.00 budget − 2,000,000.00 awarded + 750,000.25 released: 1,750,000.25 left when it comes back to
        // the pool, 1,000,000.00 when it goes to the state.
        String left = returnsTo == ReturnsTo.POOL ? "1750000.25" : "1000000.00";
        String oereMore = returnsTo == ReturnsTo.POOL ? "1750000.26" : "1000000.01";
        givenReleased(cause, returnsTo)
                .when(new AwardGrant(POOL, ODENSE_APP, Money.of(oereMore), APPROVER, "ok"))
                .expectException(AwardExceedsBudget.class)
                .expectExceptionMessage(containsString("The pool has " + left + " kr. left"))
                .expectNoEvents();
        givenReleased(cause, returnsTo)
                .when(new AwardGrant(POOL, ODENSE_APP, Money.of(left), APPROVER, "ok"))
                .expectSuccessfulHandlerExecution();
    }

    private TestExecutor<Pool> givenReleased(ReleaseCause cause, ReturnsTo returnsTo) {
        List<Object> given = new ArrayList<>(awardedToAarhus(returnsTo));
        given.add(released("750000.25", cause, returnsTo));
        return fixture.given(given);
    }

    @Test
    void money_back_to_the_state_stays_used_so_the_budget_cannot_be_cut_below_it() {
        // awarded 1,249,999.75 and 750,000.25 back to the state: 2,000,000.00 used
        givenReleased(ReleaseCause.CLOSED_UNPAID, ReturnsTo.STATE)
                .when(new AmendPool(POOL, Money.of("1999999.99"), List.of(), MANAGER, "Cut"))
                .expectException(BudgetBelowAwarded.class)
                .expectExceptionMessage(containsString("returned 750000.25 kr. to the state"))
                .expectNoEvents();
        givenReleased(ReleaseCause.CLOSED_UNPAID, ReturnsTo.STATE)
                .when(new AmendPool(POOL, Money.of("2000000.00"), List.of(), MANAGER, "Cut to what is used"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void money_back_to_the_pool_is_free_so_the_budget_may_be_cut_to_what_is_still_awarded() {
        givenReleased(ReleaseCause.REPAID, ReturnsTo.POOL)
                .when(new AmendPool(POOL, Money.of("1249999.75"), List.of(), MANAGER, "Give the rest back"))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @EnumSource(
            value = ReleaseCause.class,
            names = {"LAPSED", "CLOSED_UNPAID"})
    void a_lapse_or_a_closure_asked_twice_changes_nothing_the_second_time(ReleaseCause cause) {
        givenReleased(cause, ReturnsTo.STATE).when(release("750000.25", cause)).expectNoEvents();
    }

    @Test
    void repayments_may_be_many_and_no_release_takes_more_than_is_still_awarded() {
        givenReleased(ReleaseCause.REPAID, ReturnsTo.STATE)
                .when(release("100000.00", ReleaseCause.REPAID))
                .expectEvents(released("100000.00", ReleaseCause.REPAID, ReturnsTo.STATE));
        givenReleased(ReleaseCause.REPAID, ReturnsTo.STATE)
                .when(release("1300000.00", ReleaseCause.CLOSED_UNPAID))
                .expectEvents(released("1249999.75", ReleaseCause.CLOSED_UNPAID, ReturnsTo.STATE));
    }

    @Test
    void a_release_stored_before_the_term_was_a_lapse_back_to_the_pool() {
        AwardReleased old = new AwardReleased(POOL, AARHUS_APP, Money.of("1"), Decision.by(Actor.system(), NOW, "x"));
        assertThat(old.cause()).isEqualTo(ReleaseCause.LAPSED);
        assertThat(old.returnsTo()).isEqualTo(ReturnsTo.POOL);
        assertThat(GrantConditions.STANDARD.returnsTo()).isEqualTo(ReturnsTo.POOL);
    }
}

package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dk.pulje.command.programme.ProgrammeFunds;
import dk.pulje.command.shared.FourEyesViolation;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.ApprovePoolAmendment;
import dk.pulje.shared.pool.DeadlineChange;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolAmendmentProposed;
import dk.pulje.shared.pool.PoolAmendmentRefused;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.RefusePoolAmendment;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.testing.MutableClock;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Drafting and amending a pool: the pool's own rules, and its budget drawn from the programme. */
class PoolFundingTest {

    private final MutableClock clock = new MutableClock(PUBLISHED_AT);
    private final ProgrammeFunds programmeFunds = mock(ProgrammeFunds.class);
    private AggregateTestFixture<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pool.class);
        fixture.registerInjectableResource(clock);
        fixture.registerAnnotatedCommandHandler(
                new PoolFunding(fixture.getRepository(), noPoolsYet(), programmeFunds, clock));
    }

    /** Whether a pool id is taken is asked of the event store; in these specifications every id is new. */
    private static EventStore noPoolsYet() {
        return EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
    }

    private Decision decision(String reason) {
        return Decision.by(MANAGER, clock.instant(), reason);
    }

    @Test
    void a_drafted_pool_draws_its_budget_from_the_programme() {
        fixture.givenNoPriorActivity()
                .when(new DraftPool(
                        POOL,
                        PROGRAMME,
                        Money.of("24900000"),
                        TestPools.earlyPreventiveEffort2017(),
                        MANAGER,
                        "Satspulje 2017"))
                .expectEvents(new PoolDrafted(
                        POOL,
                        PROGRAMME,
                        Money.of("24900000"),
                        TestPools.earlyPreventiveEffort2017(),
                        decision("Satspulje 2017")));
        verify(programmeFunds)
                .allocate(
                        PROGRAMME,
                        POOL,
                        Money.of("24900000"),
                        null,
                        FinanceYears.NONE,
                        MANAGER,
                        clock.instant(),
                        "Satspulje 2017");
    }

    @Test
    void a_published_deadline_may_be_extended_and_starts_a_new_version_of_the_rules() {
        fixture.given(drafted("24900000"), published())
                .when(new AmendPool(
                        POOL,
                        null,
                        List.of(new DeadlineChange(1, Deadline.of("2017-03-31T12:00"))),
                        MANAGER,
                        "Extended after the information meeting"))
                .expectEvents(new PoolAmended(
                        POOL,
                        Money.of("24900000"),
                        Money.of("24900000"),
                        List.of(new Round(1, LocalDateTime.parse("2017-02-06T00:00"), Deadline.of("2017-03-31T12:00"))),
                        2,
                        decision("Extended after the information meeting"),
                        null));
        verify(programmeFunds, never()).reallocate(any(), any(), any(), any(), any(), any());
    }

    @Test
    void a_published_deadline_is_never_moved_earlier() {
        fixture.given(drafted("24900000"), published())
                .when(new AmendPool(
                        POOL,
                        null,
                        List.of(new DeadlineChange(1, Deadline.of("2017-03-24T11:59"))),
                        MANAGER,
                        "Earlier"))
                .expectException(DeadlineMovedEarlier.class)
                .expectNoEvents();
    }

    @Test
    void a_draft_deadline_may_still_move_earlier() {
        fixture.given(drafted("24900000"))
                .when(new AmendPool(
                        POOL,
                        null,
                        List.of(new DeadlineChange(1, Deadline.of("2017-03-20T12:00"))),
                        MANAGER,
                        "Earlier decision meeting"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_budget_never_drops_below_what_is_awarded() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                        eligible("aarhus-1"),
                        new GrantAwarded(
                                POOL,
                                ApplicationId.of("aarhus-1"),
                                AARHUS,
                                Money.of("2000000"),
                                List.of(),
                                1,
                                new Decision("anne", Role.APPROVER, PUBLISHED_AT, "ok")))
                .when(new AmendPool(POOL, Money.of("1999999.99"), List.of(), MANAGER, "Cut"))
                .expectException(BudgetBelowAwarded.class)
                .expectNoEvents();
        verify(programmeFunds, never()).reallocate(any(), any(), any(), any(), any(), any());
    }

    @Test
    void a_budget_change_moves_the_programmes_allocation_too() {
        fixture.given(drafted("24900000"), published())
                .when(new AmendPool(POOL, Money.of("26000000"), List.of(), MANAGER, "More money"))
                .expectEvents(new PoolAmended(
                        POOL,
                        Money.of("24900000"),
                        Money.of("26000000"),
                        TestPools.earlyPreventiveEffort2017().rounds(),
                        2,
                        decision("More money"),
                        null));
        verify(programmeFunds)
                .reallocate(eq(PROGRAMME), eq(POOL), eq(Money.of("26000000")), eq(MANAGER), any(), eq("More money"));
    }

    @Test
    void an_amendment_names_a_round_the_pool_has() {
        fixture.given(drafted("24900000"), published())
                .when(new AmendPool(
                        POOL,
                        null,
                        List.of(new DeadlineChange(2, Deadline.of("2017-05-01T12:00"))),
                        MANAGER,
                        "Second round"))
                .expectException(UnknownRound.class);
    }

    @Test
    void every_amendment_carries_a_reason() {
        assertThatThrownBy(() -> new AmendPool(POOL, Money.of("1"), List.of(), MANAGER, " "))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("reason");
    }

    @Nested
    class WithASecondSignature {

        private final Actor secondManager = new Actor("lise", Role.POOL_MANAGER);
        private final PoolDrafted signedDraft = new PoolDrafted(
                POOL,
                PROGRAMME,
                Money.of("24900000"),
                TestPools.earlyPreventiveEffort2017(),
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null),
                true);
        private final PoolAmendmentProposed moreMoney = new PoolAmendmentProposed(
                POOL,
                1,
                Money.of("26000000"),
                List.of(),
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, "More money"));

        @Test
        void a_pool_drafted_so_records_an_amendment_as_a_proposal_and_changes_nothing_yet() {
            fixture.given(signedDraft, published())
                    .when(new AmendPool(POOL, Money.of("26000000"), List.of(), MANAGER, "More money"))
                    .expectEvents(new PoolAmendmentProposed(
                            POOL, 1, Money.of("26000000"), List.of(), decision("More money")));
            verify(programmeFunds, never()).reallocate(any(), any(), any(), any(), any(), any());
        }

        @Test
        void the_proposer_cannot_sign_their_own_amendment() {
            fixture.given(signedDraft, published(), moreMoney)
                    .when(new ApprovePoolAmendment(POOL, 1, MANAGER, null))
                    .expectException(FourEyesViolation.class)
                    .expectNoEvents();
            verify(programmeFunds, never()).reallocate(any(), any(), any(), any(), any(), any());
        }

        @Test
        void a_second_pool_manager_signs_and_the_amendment_and_the_programme_follow() {
            fixture.given(signedDraft, published(), moreMoney)
                    .when(new ApprovePoolAmendment(POOL, 1, secondManager, "Checked against the appropriation"))
                    .expectEvents(new PoolAmended(
                            POOL,
                            Money.of("24900000"),
                            Money.of("26000000"),
                            TestPools.earlyPreventiveEffort2017().rounds(),
                            2,
                            Decision.by(
                                    secondManager, clock.instant(), "More money — Checked against the appropriation"),
                            1));
            verify(programmeFunds)
                    .reallocate(
                            eq(PROGRAMME),
                            eq(POOL),
                            eq(Money.of("26000000")),
                            eq(secondManager),
                            any(),
                            eq("More money"));
        }

        @Test
        void one_proposal_at_a_time() {
            fixture.given(signedDraft, published(), moreMoney)
                    .when(new AmendPool(POOL, Money.of("27000000"), List.of(), MANAGER, "Even more"))
                    .expectException(AmendmentPending.class)
                    .expectNoEvents();
        }

        @Test
        void a_refused_proposal_cannot_be_signed_afterwards() {
            fixture.given(
                            signedDraft,
                            published(),
                            moreMoney,
                            new PoolAmendmentRefused(POOL, 1, Decision.by(secondManager, PUBLISHED_AT, "Not funded")))
                    .when(new ApprovePoolAmendment(POOL, 1, secondManager, null))
                    .expectException(UnknownAmendment.class)
                    .expectNoEvents();
        }

        @Test
        void the_proposer_may_withdraw_a_proposal_with_a_reason() {
            fixture.given(signedDraft, published(), moreMoney)
                    .when(new RefusePoolAmendment(POOL, 1, MANAGER, "Withdrawn: the appropriation was not raised"))
                    .expectEvents(
                            new PoolAmendmentRefused(POOL, 1, decision("Withdrawn: the appropriation was not raised")));
        }

        @Test
        void a_signature_refuses_a_proposal_the_pool_has_outgrown() {
            fixture.given(
                            signedDraft,
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            eligible("aarhus-1"),
                            new PoolAmendmentProposed(
                                    POOL,
                                    1,
                                    Money.of("1500000"),
                                    List.of(),
                                    new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, "Cut")),
                            new GrantAwarded(
                                    POOL,
                                    ApplicationId.of("aarhus-1"),
                                    AARHUS,
                                    Money.of("2000000"),
                                    List.of(),
                                    1,
                                    new Decision("anne", Role.APPROVER, PUBLISHED_AT, "ok")))
                    .when(new ApprovePoolAmendment(POOL, 1, secondManager, null))
                    .expectException(BudgetBelowAwarded.class)
                    .expectNoEvents();
        }
    }
}

package dk.pulje.command.grant;

import static dk.pulje.command.grant.GrantTest.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dk.pulje.command.pool.AwardChange;
import dk.pulje.command.pool.PoolAwards;
import dk.pulje.command.shared.EarmarkNotMet;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.grant.GrantAccepted;
import dk.pulje.shared.grant.GrantAmountChanged;
import dk.pulje.shared.grant.GrantClosed;
import dk.pulje.shared.grant.GrantLapsed;
import dk.pulje.shared.testing.MutableClock;
import java.time.Instant;
import java.util.Map;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grant follows its award's amount changed on reconsideration (the grant's port, {@link ReconsideredAwards}, with
 * the pool's answer stood in for): the amount, the unpaid rest of the payment schedule and the accepted budget lines
 * change with it. A grant lapsed or closed keeps its amount, no amount goes below what is paid, and accepted lines keep
 * the earmarks; then the pool is not asked and nothing is recorded.
 */
class GrantAmountChangeTest {

    private static final Instant NOW = Instant.parse("2018-03-01T10:00:00Z");
    private static final ApplicationId APPLICATION = ApplicationId.of("aarhus-aftercare");
    private static final Actor OTHER_APPROVER = new Actor("bo", Role.APPROVER);
    private static final String REASON = "The project's reach was underrated";

    private final MutableClock clock = new MutableClock(NOW);
    private final PoolAwards pools = mock(PoolAwards.class);
    private AggregateTestFixture<Grant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Grant.class);
        fixture.registerInjectableResource(clock);
        ReconsideredAwards awards =
                new ReconsideredAwards(pools, fixture.getRepository(), mock(DeadlineManager.class), clock);
        fixture.registerCommandHandler(AwardChange.class, change -> {
            awards.changeAmount((AwardChange) change.getPayload());
            return null;
        });
    }

    /** The pool changes Aarhus's 2,000,000.00 kr. award to {@code amount}. */
    private AwardChange changeTo(String amount) {
        AwardChange change = new AwardChange(POOL, APPLICATION, "r1", Money.of(amount), OTHER_APPROVER, REASON);
        when(pools.changeOnReconsideration(change, NOW))
                .thenReturn(new AwardChanged(
                        POOL,
                        APPLICATION,
                        "r1",
                        Money.of("2000000"),
                        Money.of(amount),
                        Decision.by(OTHER_APPROVER, NOW, REASON)));
        return change;
    }

    private static GrantAmountChanged changed(String amount, Map<Integer, String> schedule, BudgetLines lines) {
        return new GrantAmountChanged(
                GRANT,
                POOL,
                APPLICATION,
                "r1",
                Money.of("2000000"),
                Money.of(amount),
                TestPools.budget(2018, schedule.get(2018), 2019, schedule.get(2019)),
                lines,
                Decision.by(OTHER_APPROVER, NOW, REASON));
    }

    @Test
    void a_raise_before_acceptance_scales_the_schedule_as_the_award_did() {
        fixture.given(opened())
                .when(changeTo("2500000.00"))
                .expectEvents(changed("2500000", Map.of(2018, "750000", 2019, "1750000"), null));
        assertThat(GrantPlan.paymentSchedule(TestPools.budget(2018, "600000", 2019, "1400000"), Money.of("2500000")))
                .as("as if 2,500,000.00 kr. had been awarded")
                .isEqualTo(TestPools.budget(2018, "750000", 2019, "1750000"));
    }

    @Test
    void a_lower_amount_keeps_what_is_paid_and_spreads_the_unpaid_rest_and_scales_the_budget_lines() {
        fixture.given(opened(), accepted(), started(), paid("p1", 2018, "600000"))
                .when(changeTo("1000000.01"))
                .expectEvents(changed(
                        "1000000.01",
                        Map.of(2018, "600000", 2019, "400000.01"),
                        BudgetLines.single("project", Money.of("1000000.01"))));
    }

    @Test
    void the_amount_may_go_down_to_what_is_paid() {
        fixture.given(opened(), accepted(), started(), paid("p1", 2018, "600000"), paid("p2", 2019, "100000"))
                .when(changeTo("700000"))
                .expectEvents(changed(
                        "700000",
                        Map.of(2018, "600000", 2019, "100000"),
                        BudgetLines.single("project", Money.of("700000"))));
    }

    @Test
    void a_lower_amount_than_is_paid_is_refused_and_the_pool_is_not_asked() {
        AwardChange change = changeTo("599999.99");
        fixture.given(opened(), accepted(), started(), paid("p1", 2018, "600000"))
                .when(change)
                .expectException(AwardBelowPaid.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("600000.00 kr. of grant"))
                .expectNoEvents();
        verify(pools, never()).changeOnReconsideration(any(), any());
    }

    @Test
    void accepted_budget_lines_scaled_below_an_earmark_are_refused() {
        AwardChange change = changeTo("1000000");
        fixture.given(
                        openedWithEarmark(),
                        new GrantAccepted(
                                GRANT,
                                BudgetLines.of(
                                        Map.of("partnership", Money.of("300000"), "project", Money.of("1700000"))),
                                new Decision("aarhus-clerk", Role.APPLICANT, NOW, null)))
                .when(change)
                .expectException(EarmarkNotMet.class)
                .expectNoEvents();
        verify(pools, never()).changeOnReconsideration(any(), any());
    }

    @Test
    void a_closed_grant_keeps_its_amount() {
        AwardChange change = changeTo("2500000");
        fixture.given(
                        opened(),
                        accepted(),
                        started(),
                        paid("p1", 2018, "600000"),
                        new GrantClosed(
                                GRANT,
                                Money.of("600000"),
                                Money.ZERO,
                                new Decision("mette", Role.POOL_MANAGER, NOW, "Final accounts approved"),
                                POOL,
                                APPLICATION,
                                Money.of("1400000")))
                .when(change)
                .expectException(GrantNotInState.class)
                .expectNoEvents();
        verify(pools, never()).changeOnReconsideration(any(), any());
    }

    @Test
    void a_lapsed_grant_keeps_its_amount() {
        AwardChange change = changeTo("2500000");
        fixture.given(
                        opened(),
                        new GrantLapsed(
                                GRANT,
                                POOL,
                                APPLICATION,
                                Money.of("2000000"),
                                Decision.by(Actor.system(), NOW, "Not accepted in time")))
                .when(change)
                .expectException(GrantNotInState.class)
                .expectNoEvents();
        verify(pools, never()).changeOnReconsideration(any(), any());
    }

    @Test
    void a_change_the_pool_refuses_records_nothing_on_the_grant() {
        AwardChange change = new AwardChange(POOL, APPLICATION, "r1", Money.of("9000000"), OTHER_APPROVER, REASON);
        when(pools.changeOnReconsideration(change, NOW)).thenThrow(new OverBudget());
        fixture.given(opened()).when(change).expectException(OverBudget.class).expectNoEvents();
    }

    /** Stands for the pool's refusal of a raise its budget cannot hold. */
    private static final class OverBudget extends RuntimeException {}
}

package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.*;

import dk.pulje.command.application.ApplicationNotInState;
import dk.pulje.command.application.AwardExceedsRequest;
import dk.pulje.command.application.AwardUnchanged;
import dk.pulje.command.shared.FourEyesViolation;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.ReleaseCause;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.ReturnsTo;
import dk.pulje.shared.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An award's amount changed on reconsideration: the pool checks a raise as it checks an award, by the difference
 * against what its budget has left, to the øre; a lower award gives the difference back to the budget; the decider is
 * held to four eyes and the application's request as for any award.
 */
class AwardChangeTest {

    private static final Instant NOW = Instant.parse("2017-05-10T10:00:00Z");
    private static final ApplicationId AARHUS_APP = ApplicationId.of("aarhus-1");
    private static final ApplicationId ODENSE_APP = ApplicationId.of("odense-1");
    private static final Actor OTHER_APPROVER = new Actor("bo", Role.APPROVER);

    private final MutableClock clock = new MutableClock(NOW);
    private AggregateTestFixture<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pool.class);
        fixture.registerInjectableResource(clock);
        PoolAwards awards = new PoolAwards(fixture.getRepository());
        fixture.registerCommandHandler(
                AwardChange.class,
                change -> awards.changeOnReconsideration((AwardChange) change.getPayload(), clock.instant()));
    }

    /**
     * A pool of 3,000,000.00 kr.: Aarhus is awarded 1,500,000.00 and Odense 1,200,000.00 kr. of the 2,000,000.00 kr.
     * each asked for, so 300,000.00 kr. is left.
     */
    private static List<Object> awarded(Object... after) {
        List<Object> events = new ArrayList<>(List.of(
                drafted("3000000"),
                published(),
                submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                eligible("aarhus-1"),
                submitted("odense-1", ODENSE, ODENSE_CLERK, "2000000"),
                eligible("odense-1"),
                award(AARHUS_APP, AARHUS, "1500000"),
                award(ODENSE_APP, ODENSE, "1200000")));
        events.addAll(List.of(after));
        return events;
    }

    private static GrantAwarded award(
            ApplicationId application, dk.pulje.shared.application.Applicant applicant, String amount) {
        return new GrantAwarded(
                POOL,
                application,
                applicant,
                Money.of(amount),
                List.of(),
                1,
                new Decision(APPROVER.userId(), Role.APPROVER, Instant.parse("2017-04-03T10:00:00Z"), "Ranked"));
    }

    private static AwardChange change(ApplicationId application, String amount, Actor actor) {
        return new AwardChange(POOL, application, "r1", Money.of(amount), actor, "Reconsidered");
    }

    private static AwardChanged changed(ApplicationId application, String from, String to) {
        return new AwardChanged(
                POOL,
                application,
                "r1",
                Money.of(from),
                Money.of(to),
                Decision.by(OTHER_APPROVER, NOW, "Reconsidered"));
    }

    @Test
    void a_raise_by_exactly_what_the_budget_has_left_is_made() {
        fixture.given(awarded())
                .when(change(AARHUS_APP, "1800000.00", OTHER_APPROVER))
                .expectEvents(changed(AARHUS_APP, "1500000", "1800000"));
    }

    @Test
    void a_raise_one_øre_beyond_what_the_budget_has_left_is_refused_and_nothing_is_recorded() {
        fixture.given(awarded())
                .when(change(AARHUS_APP, "1800000.01", OTHER_APPROVER))
                .expectException(AwardExceedsBudget.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("The pool has 300000.00 kr. left"))
                .expectNoEvents();
    }

    @Test
    void a_raise_counts_against_the_budget_for_later_awards() {
        fixture.given(awarded(changed(AARHUS_APP, "1500000", "1800000")))
                .when(change(ODENSE_APP, "1200000.01", OTHER_APPROVER))
                .expectException(AwardExceedsBudget.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("The pool has 0.00 kr. left"))
                .expectNoEvents();
    }

    @Test
    void a_lower_award_gives_the_difference_back_to_the_budget() {
        fixture.given(awarded(changed(AARHUS_APP, "1500000", "999999.99")))
                .when(change(ODENSE_APP, "1800000.01", OTHER_APPROVER))
                .expectEvents(changed(ODENSE_APP, "1200000", "1800000.01"));
    }

    @Test
    void a_lower_award_needs_no_room_in_the_budget() {
        fixture.given(awarded(changed(AARHUS_APP, "1500000", "1800000")))
                .when(change(ODENSE_APP, "100000", OTHER_APPROVER))
                .expectEvents(changed(ODENSE_APP, "1200000", "100000"));
    }

    @Test
    void a_change_beyond_what_the_application_asked_for_is_refused() {
        fixture.given(awarded(changed(AARHUS_APP, "1500000", "999999.99")))
                .when(change(ODENSE_APP, "2000000.01", OTHER_APPROVER))
                .expectException(AwardExceedsRequest.class)
                .expectNoEvents();
    }

    @Test
    void a_change_to_the_amount_awarded_is_no_change() {
        fixture.given(awarded(changed(AARHUS_APP, "1500000", "1700000")))
                .when(change(AARHUS_APP, "1700000", OTHER_APPROVER))
                .expectException(AwardUnchanged.class)
                .expectNoEvents();
    }

    @Test
    void one_who_assessed_the_application_does_not_change_its_award() {
        fixture.given(awarded())
                .when(change(AARHUS_APP, "1600000", new Actor(ASSESSOR.userId(), Role.APPROVER)))
                .expectException(FourEyesViolation.class)
                .expectNoEvents();
    }

    @Test
    void only_an_award_is_changed() {
        fixture.given(
                        drafted("3000000"),
                        published(),
                        submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                        eligible("aarhus-1"))
                .when(change(AARHUS_APP, "1600000", OTHER_APPROVER))
                .expectException(ApplicationNotInState.class)
                .expectNoEvents();
    }

    @Test
    void the_award_of_a_lapsed_grant_is_not_changed() {
        fixture.given(awarded(new AwardReleased(
                        POOL,
                        AARHUS_APP,
                        Money.of("1500000"),
                        Decision.by(Actor.system(), NOW, "Not accepted in time"),
                        ReleaseCause.LAPSED,
                        ReturnsTo.POOL)))
                .when(change(AARHUS_APP, "1600000", OTHER_APPROVER))
                .expectException(ApplicationNotInState.class)
                .expectNoEvents();
    }
}

package dk.pulje.command.decision;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dk.pulje.command.grant.ReconsideredAwards;
import dk.pulje.command.pool.AwardChange;
import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.command.shared.FourEyesViolation;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.decision.ChangeDecision;
import dk.pulje.shared.decision.ComplaintForwarded;
import dk.pulje.shared.decision.DecisionChanged;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.decision.DecisionLetterIssued;
import dk.pulje.shared.decision.DecisionOutcome;
import dk.pulje.shared.decision.DecisionUpheld;
import dk.pulje.shared.decision.ForwardComplaint;
import dk.pulje.shared.decision.ReconsiderationRequested;
import dk.pulje.shared.decision.RequestReconsideration;
import dk.pulje.shared.decision.UpholdDecision;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The complaint guidance's rules: who may ask for reconsideration, until when, and the request's lifecycle. */
class ApplicationDecisionTest {

    private static final PoolId POOL = PoolId.of("early-effort-2017");
    private static final ApplicationId APPLICATION = ApplicationId.of("aarhus-ppr");
    private static final DecisionId DECISION = DecisionId.of(APPLICATION);
    private static final Actor APPROVER = new Actor("anne", Role.APPROVER);
    private static final Actor OTHER_APPROVER = new Actor("bo", Role.APPROVER);
    private static final Actor AARHUS = new Actor("aarhus-clerk", Role.APPLICANT, "municipality:751");
    private static final Actor ODENSE = new Actor("odense-clerk", Role.APPLICANT, "municipality:461");
    /** Rejected on 1 May 2017; the letter allows reconsideration until 29 May 2017. */
    private static final Instant DECIDED = Instant.parse("2017-05-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(DECIDED.plus(Duration.ofDays(3)));
    private final ReconsideredAwards awards = mock(ReconsideredAwards.class);
    private AggregateTestFixture<ApplicationDecision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApplicationDecision.class);
        fixture.registerInjectableResource(clock);
        fixture.registerAnnotatedCommandHandler(new Reconsidering(fixture.getRepository(), awards, clock));
    }

    private static DecisionLetterIssued rejectionLetter() {
        return new DecisionLetterIssued(
                DECISION,
                POOL,
                APPLICATION,
                Applicant.municipality("751"),
                DecisionOutcome.REJECTION,
                null,
                "rejected-event",
                "6f1c1b9e-4c47-4a55-9f57-0c8b1e0a5c11",
                "ab".repeat(32),
                "da",
                LocalDate.parse("2017-05-29"),
                "Ankestyrelsen",
                APPROVER.userId(),
                Decision.by(Actor.system(), DECIDED, "The letter of the rejection decided by anne (APPROVER)"));
    }

    private ReconsiderationRequested requested(String id) {
        return new ReconsiderationRequested(
                DECISION,
                id,
                AARHUS.organisation(),
                Decision.by(AARHUS, clock.instant(), "Our partnership was missed"));
    }

    @Test
    void the_applicant_asks_for_reconsideration_within_the_period_and_it_is_received() {
        fixture.given(rejectionLetter())
                .when(new RequestReconsideration(DECISION, "r1", AARHUS, "Our partnership was missed"))
                .expectEvents(requested("r1"));
    }

    @Test
    void the_last_day_of_the_period_still_counts_in_copenhagen_time() {
        clock.set(Instant.parse("2017-05-29T21:59:59Z")); // 23:59:59 in Copenhagen (summer time)

        fixture.given(rejectionLetter())
                .when(new RequestReconsideration(DECISION, "r1", AARHUS, "Our partnership was missed"))
                .expectEvents(requested("r1"));
    }

    @Test
    void a_request_after_the_period_is_refused_and_names_the_complaint_body() {
        clock.set(Instant.parse("2017-05-29T22:00:00Z")); // 30 May, 00:00 in Copenhagen

        fixture.given(rejectionLetter())
                .when(new RequestReconsideration(DECISION, "r1", AARHUS, "Our partnership was missed"))
                .expectException(ReconsiderationPeriodOver.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("Ankestyrelsen"))
                .expectNoEvents();
    }

    @Test
    void only_the_applicant_of_the_application_asks() {
        fixture.given(rejectionLetter())
                .when(new RequestReconsideration(DECISION, "r1", ODENSE, "We would like it too"))
                .expectException(NotYourDecision.class)
                .expectNoEvents();
    }

    @Test
    void one_reconsideration_is_handled_at_a_time() {
        fixture.given(rejectionLetter(), requested("r1"))
                .when(new RequestReconsideration(DECISION, "r2", AARHUS, "And another thing"))
                .expectException(ReconsiderationPending.class)
                .expectNoEvents();
    }

    @Test
    void a_reconsideration_id_is_used_once() {
        fixture.given(rejectionLetter(), requested("r1"), upheld("r1"))
                .when(new RequestReconsideration(DECISION, "r1", AARHUS, "Again"))
                .expectException(AlreadyExists.class);
    }

    private DecisionUpheld upheld(String id) {
        return new DecisionUpheld(DECISION, id, Decision.by(OTHER_APPROVER, clock.instant(), "The scores stand"));
    }

    @Test
    void staff_other_than_the_decider_uphold_a_received_reconsideration() {
        fixture.given(rejectionLetter(), requested("r1"))
                .when(new UpholdDecision(DECISION, "r1", OTHER_APPROVER, "The scores stand"))
                .expectEvents(upheld("r1"));
    }

    @Test
    void the_one_who_decided_does_not_reconsider() {
        fixture.given(rejectionLetter(), requested("r1"))
                .when(new UpholdDecision(DECISION, "r1", APPROVER, "I was right"))
                .expectException(FourEyesViolation.class)
                .expectNoEvents();
    }

    @Test
    void an_upheld_decision_is_sent_on_to_the_complaint_body_its_letter_names() {
        fixture.given(rejectionLetter(), requested("r1"), upheld("r1"))
                .when(new ForwardComplaint(DECISION, "r1", OTHER_APPROVER, "The applicant maintains its complaint"))
                .expectEvents(new ComplaintForwarded(
                        DECISION,
                        "r1",
                        "Ankestyrelsen",
                        Decision.by(OTHER_APPROVER, clock.instant(), "The applicant maintains its complaint")));
    }

    @Test
    void only_an_upheld_decision_is_sent_on() {
        fixture.given(rejectionLetter(), requested("r1"))
                .when(new ForwardComplaint(DECISION, "r1", OTHER_APPROVER, null))
                .expectException(ReconsiderationNotInState.class)
                .expectNoEvents();
    }

    @Test
    void an_unknown_reconsideration_is_not_found() {
        fixture.given(rejectionLetter())
                .when(new UpholdDecision(DECISION, "nope", OTHER_APPROVER, "The scores stand"))
                .expectException(UnknownReconsideration.class);
    }

    @Test
    void a_rejection_changed_to_a_grant_is_awarded_by_the_pool() throws Exception {
        Money amount = Money.of("1500000.00");
        fixture.given(rejectionLetter(), requested("r1"))
                .when(new ChangeDecision(DECISION, "r1", amount, OTHER_APPROVER, "The partnership meets the priority"))
                .expectEvents(new DecisionChanged(
                        DECISION,
                        "r1",
                        DecisionOutcome.GRANT,
                        amount,
                        Decision.by(OTHER_APPROVER, clock.instant(), "The partnership meets the priority")));
        verify(awards)
                .award(new AwardGrant(POOL, APPLICATION, amount, OTHER_APPROVER, "The partnership meets the priority"));
    }

    @Test
    void a_change_the_pool_cannot_hold_is_refused_and_nothing_is_recorded() throws Exception {
        doThrow(new OverBudget()).when(awards).award(any());

        fixture.given(rejectionLetter(), requested("r1"))
                .when(new ChangeDecision(DECISION, "r1", Money.of("99000000.00"), OTHER_APPROVER, "Grant it all"))
                .expectException(OverBudget.class)
                .expectNoEvents();
    }

    @Test
    void an_upheld_reconsideration_is_not_changed_afterwards() throws Exception {
        fixture.given(rejectionLetter(), requested("r1"), upheld("r1"))
                .when(new ChangeDecision(DECISION, "r1", Money.of("1.00"), OTHER_APPROVER, "Changed my mind"))
                .expectException(ReconsiderationNotInState.class)
                .expectNoEvents();
        verify(awards, never()).award(any());
    }

    /** The letter of a grant of 1,100,000.00 kr. that anne decided on 1 May 2017. */
    private static DecisionLetterIssued grantLetter() {
        DecisionLetterIssued rejection = rejectionLetter();
        return new DecisionLetterIssued(
                DECISION,
                POOL,
                APPLICATION,
                rejection.applicant(),
                DecisionOutcome.GRANT,
                Money.of("1100000.00"),
                "awarded-event",
                rejection.documentId(),
                rejection.sha256(),
                "da",
                rejection.reconsiderationBy(),
                rejection.complaintBody(),
                APPROVER.userId(),
                Decision.by(Actor.system(), DECIDED, "The letter of the grant decided by anne (APPROVER)"));
    }

    @Test
    void a_grant_changed_to_another_amount_changes_the_award_through_the_grant() throws Exception {
        Money amount = Money.of("1400000.00");
        fixture.given(grantLetter(), requested("r1"))
                .when(new ChangeDecision(DECISION, "r1", amount, OTHER_APPROVER, "The reach was underrated"))
                .expectEvents(new DecisionChanged(
                        DECISION,
                        "r1",
                        DecisionOutcome.GRANT,
                        amount,
                        Decision.by(OTHER_APPROVER, clock.instant(), "The reach was underrated")));
        verify(awards)
                .changeAmount(
                        new AwardChange(POOL, APPLICATION, "r1", amount, OTHER_APPROVER, "The reach was underrated"));
        verify(awards, never()).award(any());
    }

    @Test
    void the_one_who_decided_the_grant_does_not_change_its_amount() throws Exception {
        fixture.given(grantLetter(), requested("r1"))
                .when(new ChangeDecision(DECISION, "r1", Money.of("1400000.00"), APPROVER, "On second thought"))
                .expectException(FourEyesViolation.class)
                .expectNoEvents();
        verify(awards, never()).changeAmount(any());
    }

    @Test
    void a_change_of_amount_the_pool_or_grant_refuses_records_nothing() throws Exception {
        doThrow(new OverBudget()).when(awards).changeAmount(any());

        fixture.given(grantLetter(), requested("r1"))
                .when(new ChangeDecision(DECISION, "r1", Money.of("1400000.00"), OTHER_APPROVER, "More"))
                .expectException(OverBudget.class)
                .expectNoEvents();
    }

    /** Stands for the pool's refusal of an award its budget cannot hold. */
    private static final class OverBudget extends RuntimeException {}
}

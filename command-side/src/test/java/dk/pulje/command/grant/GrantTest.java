package dk.pulje.command.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import dk.pulje.command.document.InMemoryUploads;
import dk.pulje.command.document.NotYourDocument;
import dk.pulje.command.document.Uploads;
import dk.pulje.command.grant.Deadlines.AcceptanceDeadline;
import dk.pulje.command.shared.BudgetLinesDoNotAddUp;
import dk.pulje.command.shared.EarmarkNotMet;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.grant.AcceptGrant;
import dk.pulje.shared.grant.ApproveBudgetChange;
import dk.pulje.shared.grant.ApproveReport;
import dk.pulje.shared.grant.BudgetChange;
import dk.pulje.shared.grant.BudgetChangeApproved;
import dk.pulje.shared.grant.BudgetChangeKind;
import dk.pulje.shared.grant.BudgetChangeNoted;
import dk.pulje.shared.grant.BudgetChangeRefused;
import dk.pulje.shared.grant.BudgetChangeRequested;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.grant.ClaimRepayment;
import dk.pulje.shared.grant.CloseGrant;
import dk.pulje.shared.grant.DisbursementRecorded;
import dk.pulje.shared.grant.GrantAccepted;
import dk.pulje.shared.grant.GrantClosed;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.GrantLapsed;
import dk.pulje.shared.grant.GrantOpened;
import dk.pulje.shared.grant.ProjectStarted;
import dk.pulje.shared.grant.RecordDisbursement;
import dk.pulje.shared.grant.RecordRepayment;
import dk.pulje.shared.grant.RefuseBudgetChange;
import dk.pulje.shared.grant.RepaymentClaimed;
import dk.pulje.shared.grant.RepaymentReceived;
import dk.pulje.shared.grant.RepaymentWaived;
import dk.pulje.shared.grant.ReportApproved;
import dk.pulje.shared.grant.ReportOverdue;
import dk.pulje.shared.grant.ReportReminderIssued;
import dk.pulje.shared.grant.ReportSubmitted;
import dk.pulje.shared.grant.RequestBudgetChange;
import dk.pulje.shared.grant.ReturnReport;
import dk.pulje.shared.grant.SubmitReport;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.ProjectPeriod;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A grant of the 2017 aftercare pool (efterværn) to Aarhus: 2,000,000 kr. over 2018–2020, awarded on
 * 1 December 2017, in the words of the standard grant terms.
 */
class GrantTest {

    private final InMemoryUploads uploads = new InMemoryUploads();

    static final GrantId GRANT = GrantId.of("aarhus-aftercare");
    static final PoolId POOL = PoolId.of("aftercare-2017");
    static final Applicant AARHUS = Applicant.municipality("751");
    static final Actor AARHUS_CLERK = new Actor("aarhus-clerk", Role.APPLICANT, "municipality:751");
    static final Actor ODENSE_CLERK = new Actor("odense-clerk", Role.APPLICANT, "municipality:461");
    static final Actor FINANCE = new Actor("frida", Role.FINANCE_OFFICER);
    static final Actor MANAGER = new Actor("mette", Role.POOL_MANAGER);
    static final Instant AWARDED_AT = Instant.parse("2017-12-01T10:00:00Z");
    static final ProjectPeriod PERIOD = new ProjectPeriod(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31));

    private final MutableClock clock = new MutableClock(AWARDED_AT);
    private AggregateTestFixture<Grant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Grant.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(uploads);
    }

    static OpenGrant award() {
        return new OpenGrant(
                POOL,
                ProgrammeId.of("satspulje-2017"),
                ApplicationId.of("aarhus-aftercare"),
                AARHUS,
                Money.of("2000000"),
                TestPools.budget(2018, "600000", 2019, "1400000"),
                AWARDED_AT.plus(Duration.ofDays(14)),
                Instant.parse("2018-06-01T10:00:00Z"),
                GrantPlan.reports(PERIOD),
                List.of(14, 3),
                new Decision("anne", Role.APPROVER, AWARDED_AT, "Scores 4/5"),
                List.of());
    }

    static GrantOpened opened() {
        OpenGrant award = award();
        return new GrantOpened(
                GRANT,
                award.poolId(),
                award.programmeId(),
                award.applicationId(),
                AARHUS,
                award.amount(),
                award.paymentSchedule(),
                award.acceptBy(),
                award.startBy(),
                award.reports(),
                award.reminderDays(),
                award.decision());
    }

    /** The grant from a pool that earmarks 300,000 kr. of each grant for the partnership with the agency. */
    static GrantOpened openedWithEarmark() {
        GrantOpened o = opened();
        return new GrantOpened(
                o.grantId(),
                o.poolId(),
                o.programmeId(),
                o.applicationId(),
                o.applicant(),
                o.amount(),
                o.paymentSchedule(),
                o.acceptBy(),
                o.startBy(),
                o.reports(),
                o.reminderDays(),
                o.decision(),
                List.of(new Earmark("partnership", "The partnership with the agency", Money.of("300000"))));
    }

    static GrantAccepted accepted() {
        return new GrantAccepted(
                GRANT,
                BudgetLines.single("project", Money.of("2000000")),
                new Decision("aarhus-clerk", Role.APPLICANT, AWARDED_AT.plus(Duration.ofDays(2)), null));
    }

    static ProjectStarted started() {
        return new ProjectStarted(
                GRANT,
                LocalDate.of(2018, 1, 2),
                new Decision("aarhus-clerk", Role.APPLICANT, Instant.parse("2018-01-02T09:00:00Z"), null));
    }

    static DisbursementRecorded paid(String id, int year, String amount) {
        return new DisbursementRecorded(
                GRANT,
                id,
                year,
                Money.of(amount),
                new Decision("frida", Role.FINANCE_OFFICER, Instant.parse("2018-02-01T09:00:00Z"), null));
    }

    static ReportOverdue overdue(String reportId) {
        return new ReportOverdue(
                GRANT,
                reportId,
                LocalDate.of(2019, 3, 1),
                new Decision("pulje", Role.SYSTEM, Instant.parse("2019-03-01T23:00:00Z"), "Not submitted"));
    }

    private Decision now(Actor actor, String reason) {
        return Decision.by(actor, clock.instant(), reason);
    }

    @Nested
    class Awarding {

        @Test
        void an_award_opens_the_grant_and_sets_its_acceptance_start_and_report_deadlines() {
            fixture.givenNoPriorActivity()
                    .when(award())
                    .expectEvents(opened())
                    .expectScheduledDeadlineWithName(AWARDED_AT.plus(Duration.ofDays(14)), Deadlines.ACCEPTANCE)
                    .expectScheduledDeadlineWithName(Instant.parse("2018-06-01T10:00:00Z"), Deadlines.PROJECT_START)
                    .expectScheduledDeadlineWithName(
                            Instant.parse("2019-03-01T23:00:00Z"), Deadlines.reportDue("status-2018"))
                    .expectScheduledDeadlineWithName(
                            Instant.parse("2021-06-30T22:00:00Z"), Deadlines.reportDue("accounts"));
        }

        @Test
        void the_payment_schedule_follows_the_budget_scaled_to_the_award_and_adds_up_to_the_øre() {
            var schedule =
                    GrantPlan.paymentSchedule(TestPools.budget(2018, "1000000", 2019, "2000000"), Money.of("1000000"));
            assertThat(schedule.years().get(2018)).isEqualTo(Money.of("333333.33"));
            assertThat(schedule.years().get(2019)).isEqualTo(Money.of("666666.67"));
            assertThat(schedule.total()).isEqualTo(Money.of("1000000"));
        }

        @Test
        void reports_fall_due_yearly_then_final_and_accounts_after_the_period() {
            assertThat(GrantPlan.reports(PERIOD))
                    .extracting(due -> due.reportId() + "@" + due.dueOn())
                    .containsExactly(
                            "status-2018@2019-03-01",
                            "status-2019@2020-03-01",
                            "final@2021-03-31",
                            "accounts@2021-06-30");
        }
    }

    @Nested
    class Accepting {

        @Test
        void the_grantee_accepts_before_the_deadline_and_the_acceptance_deadline_is_cancelled() {
            clock.set(AWARDED_AT.plus(Duration.ofDays(3)));
            fixture.given(opened())
                    .when(new AcceptGrant(GRANT, null, AARHUS_CLERK))
                    .expectEvents(new GrantAccepted(
                            GRANT, BudgetLines.single("project", Money.of("2000000")), now(AARHUS_CLERK, null)))
                    .expectNoScheduledDeadlineWithName(AWARDED_AT.plus(Duration.ofDays(14)), Deadlines.ACCEPTANCE);
        }

        @Test
        void acceptance_after_its_deadline_is_refused() {
            clock.set(AWARDED_AT.plus(Duration.ofDays(14)));
            fixture.given(opened())
                    .when(new AcceptGrant(GRANT, null, AARHUS_CLERK))
                    .expectException(AcceptanceDeadlinePassed.class)
                    .expectNoEvents();
        }

        @Test
        void another_organisation_cannot_accept() {
            fixture.given(opened())
                    .when(new AcceptGrant(GRANT, null, ODENSE_CLERK))
                    .expectException(NotTheGrantee.class);
        }

        @Test
        void the_budget_lines_keep_the_pools_earmarks() {
            clock.set(AWARDED_AT.plus(Duration.ofDays(3)));
            fixture.given(openedWithEarmark())
                    .when(new AcceptGrant(GRANT, null, AARHUS_CLERK))
                    .expectException(EarmarkNotMet.class)
                    .expectNoEvents();
            BudgetLines kept = BudgetLines.of(Map.of("partnership", Money.of("300000"), "staff", Money.of("1700000")));
            fixture.given(openedWithEarmark())
                    .when(new AcceptGrant(GRANT, kept, AARHUS_CLERK))
                    .expectEvents(new GrantAccepted(GRANT, kept, now(AARHUS_CLERK, null)));
        }

        @Test
        void budget_lines_must_add_up_to_the_grant() {
            fixture.given(opened())
                    .when(new AcceptGrant(GRANT, BudgetLines.single("staff", Money.of("1999999.99")), AARHUS_CLERK))
                    .expectException(BudgetLinesDoNotAddUp.class);
        }

        @Test
        void not_accepted_in_time_the_grant_lapses_and_its_money_is_released() {
            fixture.givenCommands(award())
                    .whenTimeAdvancesTo(AWARDED_AT.plus(Duration.ofDays(15)))
                    .expectDeadlinesMet(new AcceptanceDeadline(AWARDED_AT.plus(Duration.ofDays(14))))
                    .expectEvents(new GrantLapsed(
                            GRANT,
                            POOL,
                            ApplicationId.of("aarhus-aftercare"),
                            Money.of("2000000"),
                            new Decision(
                                    "pulje",
                                    Role.SYSTEM,
                                    AWARDED_AT.plus(Duration.ofDays(14)),
                                    "Not accepted by 2017-12-15T11:00 (Copenhagen time)")));
        }

        @Test
        void an_accepted_grant_does_not_lapse_at_the_acceptance_deadline() {
            fixture.givenCommands(award())
                    .andGiven(accepted())
                    .whenTimeAdvancesTo(AWARDED_AT.plus(Duration.ofDays(15)))
                    .expectNoEvents();
        }
    }

    @Nested
    class Paying {

        @Test
        void a_disbursement_pays_part_of_a_years_schedule() {
            clock.set(Instant.parse("2018-02-01T09:00:00Z"));
            fixture.given(opened(), accepted(), started())
                    .when(new RecordDisbursement(GRANT, "p1", 2018, Money.of("600000"), FINANCE, null))
                    .expectEvents(paid("p1", 2018, "600000"));
        }

        @Test
        void a_disbursement_never_exceeds_what_is_scheduled_and_not_yet_paid() {
            fixture.given(opened(), accepted(), started(), paid("p1", 2018, "500000"))
                    .when(new RecordDisbursement(GRANT, "p2", 2018, Money.of("100000.01"), FINANCE, null))
                    .expectException(DisbursementExceedsSchedule.class)
                    .expectNoEvents();
        }

        @Test
        void nothing_is_paid_before_the_project_starts() {
            fixture.given(opened(), accepted())
                    .when(new RecordDisbursement(GRANT, "p1", 2018, Money.of("1000"), FINANCE, null))
                    .expectException(GrantNotInState.class);
        }

        @Test
        void payments_are_held_while_a_report_is_overdue() {
            fixture.given(opened(), accepted(), started(), overdue("status-2018"))
                    .when(new RecordDisbursement(GRANT, "p1", 2019, Money.of("1000"), FINANCE, null))
                    .expectException(PaymentsHeld.class);
        }

        @Test
        void payments_resume_once_the_overdue_report_is_approved() {
            clock.set(Instant.parse("2019-04-01T09:00:00Z"));
            Decision submitted = new Decision("aarhus-clerk", Role.APPLICANT, clock.instant(), null);
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            overdue("status-2018"),
                            new ReportSubmitted(GRANT, "status-2018", "All on track", BudgetLines.of(null), submitted),
                            new ReportApproved(
                                    GRANT,
                                    "status-2018",
                                    new Decision("mette", Role.POOL_MANAGER, clock.instant(), null)))
                    .when(new RecordDisbursement(GRANT, "p1", 2019, Money.of("1000"), FINANCE, null))
                    .expectEvents(new DisbursementRecorded(GRANT, "p1", 2019, Money.of("1000"), now(FINANCE, null)));
        }
    }

    @Nested
    class Reporting {

        @Test
        void the_grantee_is_reminded_before_a_report_falls_due_and_it_goes_overdue_at_midnight() {
            fixture.givenCommands(award())
                    .andGiven(accepted(), started())
                    .whenTimeAdvancesTo(Instant.parse("2019-03-02T00:00:00Z"))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            matches(ReportReminderIssued.class::isInstance),
                            matches(ReportReminderIssued.class::isInstance),
                            matches(ReportOverdue.class::isInstance),
                            andNoMore())));
        }

        @Test
        void a_report_received_early_cancels_its_reminders_and_due_date() {
            clock.set(Instant.parse("2019-01-15T09:00:00Z"));
            fixture.givenCommands(award())
                    .andGiven(accepted(), started())
                    .when(new SubmitReport(GRANT, "status-2018", "Year one done", null, AARHUS_CLERK))
                    .expectSuccessfulHandlerExecution()
                    .expectNoScheduledDeadlineWithName(
                            Instant.parse("2019-03-01T23:00:00Z"), Deadlines.reportDue("status-2018"));
        }

        @Test
        void a_report_attaches_the_grantees_own_uploads_only() {
            clock.set(Instant.parse("2019-01-15T09:00:00Z"));
            Attachment ours = new Attachment(
                    "6f1c1b9e-4c47-4a55-9f57-0c8b1e0a5c11",
                    "status.pdf",
                    "application/pdf",
                    1234,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
            Attachment odenses = new Attachment(
                    "6f1c1b9e-4c47-4a55-9f57-0c8b1e0a5c12",
                    "status.pdf",
                    "application/pdf",
                    1234,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
            uploads.record(new Uploads.Upload("municipality:751", "aarhus-clerk", clock.instant(), ours));
            uploads.record(new Uploads.Upload("municipality:461", "odense-clerk", clock.instant(), odenses));
            fixture.given(opened(), accepted(), started())
                    .when(new SubmitReport(
                            GRANT, "status-2018", "Year one done", null, AARHUS_CLERK, List.of(odenses.documentId())))
                    .expectException(NotYourDocument.class)
                    .expectNoEvents();
            fixture.given(opened(), accepted(), started())
                    .when(new SubmitReport(
                            GRANT, "status-2018", "Year one done", null, AARHUS_CLERK, List.of(ours.documentId())))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            matches(event -> event instanceof ReportSubmitted submitted
                                    && submitted.attachments().equals(List.of(ours))),
                            andNoMore())));
            assertThat(uploads.attachedAt(ours.documentId()))
                    .as("noted as attached, so never deleted as unattached")
                    .contains(clock.instant());
            assertThat(uploads.attachedAt(odenses.documentId())).isEmpty();
        }

        @Test
        void a_report_the_grant_does_not_owe_is_refused() {
            fixture.given(opened(), accepted(), started())
                    .when(new SubmitReport(GRANT, "status-2031", "?", null, AARHUS_CLERK))
                    .expectException(UnknownReport.class);
        }
    }

    @Nested
    class ChangingTheBudget {

        @Test
        void a_small_reallocation_is_noted_without_approval() {
            fixture.given(opened(), accepted(), started())
                    .when(new RequestBudgetChange(
                            GRANT,
                            "c1",
                            new BudgetChange(
                                    BudgetChangeKind.REALLOCATION, "project", "evaluation", Money.of("100000")),
                            AARHUS_CLERK,
                            "Evaluation in-house"))
                    .expectEvents(new BudgetChangeNoted(
                            GRANT,
                            "c1",
                            new BudgetChange(
                                    BudgetChangeKind.REALLOCATION, "project", "evaluation", Money.of("100000")),
                            now(AARHUS_CLERK, "Evaluation in-house")));
        }

        @Test
        void a_move_above_100000_kr_needs_approval() {
            fixture.given(opened(), accepted(), started())
                    .when(new RequestBudgetChange(
                            GRANT,
                            "c1",
                            new BudgetChange(
                                    BudgetChangeKind.REALLOCATION, "project", "evaluation", Money.of("100000.01")),
                            AARHUS_CLERK,
                            "Bigger evaluation"))
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(matches(BudgetChangeRequested.class::isInstance), andNoMore())));
        }

        @Test
        void small_moves_out_of_one_line_in_one_year_count_together_towards_100000_kr() {
            clock.setCopenhagen("2018-06-01T10:00:00");
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            noted("c1", "project", "evaluation", "60000", "2018-03-01T10:00:00Z"))
                    .when(move("c2", "project", "evaluation", "40000.01"))
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(matches(BudgetChangeRequested.class::isInstance), andNoMore())));
        }

        @Test
        void moves_up_to_the_limit_together_are_noted() {
            clock.setCopenhagen("2018-06-01T10:00:00");
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            noted("c1", "project", "evaluation", "60000", "2018-03-01T10:00:00Z"))
                    .when(move("c2", "project", "evaluation", "40000"))
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(matches(BudgetChangeNoted.class::isInstance), andNoMore())));
        }

        @Test
        void small_moves_count_together_towards_10_percent_of_what_the_line_held_before_them() {
            GrantAccepted accepted = new GrantAccepted(
                    GRANT,
                    BudgetLines.of(Map.of("project", Money.of("1500000"), "evaluation", Money.of("500000"))),
                    accepted().decision());
            clock.setCopenhagen("2018-06-01T10:00:00");
            fixture.given(
                            opened(),
                            accepted,
                            started(),
                            noted("c1", "evaluation", "project", "30000", "2018-03-01T10:00:00Z"))
                    .when(move("c2", "evaluation", "project", "20000.01"))
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(matches(BudgetChangeRequested.class::isInstance), andNoMore())));
        }

        @Test
        void each_calendar_year_has_its_own_limit() {
            clock.setCopenhagen("2019-01-01T00:00:00");
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            noted("c1", "project", "evaluation", "100000", "2018-12-31T22:59:59Z"))
                    .when(move("c2", "project", "evaluation", "100000"))
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(matches(BudgetChangeNoted.class::isInstance), andNoMore())));
        }

        @Test
        void each_line_has_its_own_limit() {
            GrantAccepted accepted = new GrantAccepted(
                    GRANT,
                    BudgetLines.of(Map.of("project", Money.of("1500000"), "travel", Money.of("500000"))),
                    accepted().decision());
            clock.setCopenhagen("2018-06-01T10:00:00");
            fixture.given(
                            opened(),
                            accepted,
                            started(),
                            noted("c1", "project", "evaluation", "100000", "2018-03-01T10:00:00Z"))
                    .when(move("c2", "travel", "evaluation", "50000"))
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(matches(BudgetChangeNoted.class::isInstance), andNoMore())));
        }

        @Test
        void a_move_the_pool_manager_approved_does_not_use_up_the_limit() {
            clock.setCopenhagen("2018-06-01T10:00:00");
            BudgetChange big =
                    new BudgetChange(BudgetChangeKind.REALLOCATION, "project", "evaluation", Money.of("300000"));
            Decision asked = new Decision(
                    "aarhus-clerk",
                    Role.APPLICANT,
                    Instant.parse("2018-03-01T10:00:00Z"),
                    "Evaluation by an institute");
            Decision approved =
                    new Decision("mette", Role.POOL_MANAGER, Instant.parse("2018-03-02T10:00:00Z"), "Agreed");
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            new BudgetChangeRequested(GRANT, "c1", big, asked),
                            new BudgetChangeApproved(GRANT, "c1", big, approved))
                    .when(move("c2", "project", "evaluation", "100000"))
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(matches(BudgetChangeNoted.class::isInstance), andNoMore())));
        }

        @Test
        void a_move_waiting_for_approval_does_not_use_up_the_limit_either() {
            clock.setCopenhagen("2018-06-01T10:00:00");
            BudgetChange big =
                    new BudgetChange(BudgetChangeKind.REALLOCATION, "project", "evaluation", Money.of("300000"));
            Decision asked = new Decision(
                    "aarhus-clerk",
                    Role.APPLICANT,
                    Instant.parse("2018-03-01T10:00:00Z"),
                    "Evaluation by an institute");
            fixture.given(opened(), accepted(), started(), new BudgetChangeRequested(GRANT, "c1", big, asked))
                    .when(move("c2", "project", "evaluation", "100000"))
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(matches(BudgetChangeNoted.class::isInstance), andNoMore())));
        }

        private RequestBudgetChange move(String id, String from, String to, String amount) {
            return new RequestBudgetChange(
                    GRANT,
                    id,
                    new BudgetChange(BudgetChangeKind.REALLOCATION, from, to, Money.of(amount)),
                    AARHUS_CLERK,
                    "Moving money");
        }

        private BudgetChangeNoted noted(String id, String from, String to, String amount, String at) {
            return new BudgetChangeNoted(
                    GRANT,
                    id,
                    new BudgetChange(BudgetChangeKind.REALLOCATION, from, to, Money.of(amount)),
                    new Decision("aarhus-clerk", Role.APPLICANT, Instant.parse(at), "Moving money"));
        }

        @Test
        void a_reallocation_may_not_take_an_earmarked_line_below_its_earmark() {
            GrantAccepted accepted = new GrantAccepted(
                    GRANT,
                    BudgetLines.of(Map.of("partnership", Money.of("300000"), "staff", Money.of("1700000"))),
                    accepted().decision());
            fixture.given(openedWithEarmark(), accepted, started())
                    .when(new RequestBudgetChange(
                            GRANT,
                            "c1",
                            new BudgetChange(BudgetChangeKind.REALLOCATION, "partnership", "staff", Money.of("0.01")),
                            AARHUS_CLERK,
                            "More staff"))
                    .expectException(EarmarkNotMet.class)
                    .expectNoEvents();
        }

        @Test
        void a_reallocation_without_a_reason_is_refused_before_any_event() {
            assertThatThrownBy(() -> new RequestBudgetChange(
                            GRANT,
                            "c1",
                            new BudgetChange(BudgetChangeKind.REALLOCATION, "project", "evaluation", Money.of("1")),
                            AARHUS_CLERK,
                            " "))
                    .isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class RepayingAndClosing {

        @Test
        void a_claim_under_500_kr_is_waived_by_rule() {
            fixture.given(opened(), accepted(), started(), paid("p1", 2018, "600000"))
                    .when(new ClaimRepayment(GRANT, "k1", Money.of("499.99"), FINANCE, "Unspent"))
                    .expectEvents(new RepaymentWaived(GRANT, "k1", Money.of("499.99"), now(FINANCE, "Unspent")));
        }

        @Test
        void a_claim_never_exceeds_what_was_paid() {
            fixture.given(opened(), accepted(), started(), paid("p1", 2018, "600000"))
                    .when(new ClaimRepayment(GRANT, "k1", Money.of("600000.01"), FINANCE, "Unspent"))
                    .expectException(RepaymentExceedsOwed.class);
        }

        @Test
        void a_grant_with_money_owed_cannot_close() {
            Decision finance = new Decision("frida", Role.FINANCE_OFFICER, AWARDED_AT, "Unspent");
            Decision staff = new Decision("mette", Role.POOL_MANAGER, AWARDED_AT, null);
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            paid("p1", 2018, "600000"),
                            new ReportSubmitted(GRANT, "final", "Done", BudgetLines.of(null), staff),
                            new ReportApproved(GRANT, "final", staff),
                            new ReportSubmitted(GRANT, "accounts", "Audited", BudgetLines.of(null), staff),
                            new ReportApproved(GRANT, "accounts", staff),
                            new RepaymentClaimed(GRANT, "k1", Money.of("10000"), finance))
                    .when(new CloseGrant(GRANT, MANAGER, null))
                    .expectException(NotReadyToClose.class);
        }

        @Test
        void a_grant_closes_when_final_report_and_accounts_are_approved_and_nothing_is_owed_naming_its_unpaid_rest() {
            Decision finance = new Decision("frida", Role.FINANCE_OFFICER, AWARDED_AT, "Unspent");
            Decision staff = new Decision("mette", Role.POOL_MANAGER, AWARDED_AT, null);
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            paid("p1", 2018, "600000"),
                            new ReportSubmitted(GRANT, "final", "Done", BudgetLines.of(null), staff),
                            new ReportApproved(GRANT, "final", staff),
                            new ReportSubmitted(GRANT, "accounts", "Audited", BudgetLines.of(null), staff),
                            new ReportApproved(GRANT, "accounts", staff),
                            new RepaymentClaimed(GRANT, "k1", Money.of("10000"), finance),
                            new RepaymentReceived(GRANT, "k1", Money.of("10000"), finance))
                    .when(new CloseGrant(GRANT, MANAGER, "All done"))
                    .expectEvents(new GrantClosed(
                            GRANT,
                            Money.of("600000"),
                            Money.of("10000"),
                            now(MANAGER, "All done"),
                            POOL,
                            ApplicationId.of("aarhus-aftercare"),
                            Money.of("1400000")));
        }
    }

    /** Reports, budget changes awaiting approval and repayment claims are the grant's parts, each found by its id. */
    @Nested
    class ItsParts {

        private final Decision staff = new Decision("mette", Role.POOL_MANAGER, AWARDED_AT, null);
        private final Decision finance = new Decision("frida", Role.FINANCE_OFFICER, AWARDED_AT, "Unspent");
        private final BudgetChange move =
                new BudgetChange(BudgetChangeKind.REALLOCATION, "project", "evaluation", Money.of("500000"));

        @Test
        void a_submitted_report_is_approved_once_and_returned_only_while_submitted() {
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            new ReportSubmitted(GRANT, "final", "Done", BudgetLines.of(null), staff))
                    .when(new ApproveReport(GRANT, "final", MANAGER, "Fine"))
                    .expectEvents(new ReportApproved(GRANT, "final", now(MANAGER, "Fine")));
            fixture.given(opened(), accepted(), started())
                    .when(new ReturnReport(GRANT, "final", MANAGER, "Not yet"))
                    .expectException(ReportNotInState.class);
            fixture.given(opened(), accepted(), started())
                    .when(new ApproveReport(GRANT, "status-2031", MANAGER, null))
                    .expectException(UnknownReport.class);
        }

        @Test
        void a_report_of_a_grant_not_yet_accepted_is_refused_for_the_grant_before_the_report_is_looked_up() {
            fixture.given(opened())
                    .when(new SubmitReport(GRANT, "status-2031", "?", null, AARHUS_CLERK))
                    .expectException(GrantNotInState.class);
        }

        @Test
        void a_budget_change_awaiting_approval_is_approved_or_refused_once() {
            Decision asked = new Decision("aarhus-clerk", Role.APPLICANT, AWARDED_AT, "More evaluation");
            fixture.given(opened(), accepted(), started(), new BudgetChangeRequested(GRANT, "c1", move, asked))
                    .when(new ApproveBudgetChange(GRANT, "c1", MANAGER, "Agreed"))
                    .expectEvents(new BudgetChangeApproved(GRANT, "c1", move, now(MANAGER, "Agreed")));
            fixture.given(opened(), accepted(), started(), new BudgetChangeRequested(GRANT, "c1", move, asked))
                    .when(new RefuseBudgetChange(GRANT, "c1", MANAGER, "No"))
                    .expectEvents(new BudgetChangeRefused(GRANT, "c1", now(MANAGER, "No")));
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            new BudgetChangeRequested(GRANT, "c1", move, asked),
                            new BudgetChangeRefused(GRANT, "c1", staff))
                    .when(new ApproveBudgetChange(GRANT, "c1", MANAGER, "Agreed after all"))
                    .expectException(UnknownBudgetChange.class);
        }

        @Test
        void an_approval_is_checked_against_the_lines_as_they_are_then() {
            Decision asked = new Decision("aarhus-clerk", Role.APPLICANT, AWARDED_AT, "More evaluation");
            BudgetChange all =
                    new BudgetChange(BudgetChangeKind.REALLOCATION, "project", "evaluation", Money.of("1900000"));
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            new BudgetChangeRequested(GRANT, "c1", all, asked),
                            new BudgetChangeRequested(GRANT, "c2", all, asked),
                            new BudgetChangeApproved(GRANT, "c1", all, staff))
                    .when(new ApproveBudgetChange(GRANT, "c2", MANAGER, "Agreed"))
                    .expectException(BudgetLineShort.class);
        }

        @Test
        void a_repayment_is_recorded_against_what_its_claim_still_owes() {
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            paid("p1", 2018, "600000"),
                            new RepaymentClaimed(GRANT, "k1", Money.of("10000"), finance),
                            new RepaymentReceived(GRANT, "k1", Money.of("4000"), finance))
                    .when(new RecordRepayment(GRANT, "k1", Money.of("6000"), FINANCE))
                    .expectEvents(new RepaymentReceived(
                            GRANT,
                            "k1",
                            Money.of("6000"),
                            now(FINANCE, null),
                            POOL,
                            ApplicationId.of("aarhus-aftercare")));
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            paid("p1", 2018, "600000"),
                            new RepaymentClaimed(GRANT, "k1", Money.of("10000"), finance),
                            new RepaymentReceived(GRANT, "k1", Money.of("4000"), finance))
                    .when(new RecordRepayment(GRANT, "k1", Money.of("6000.01"), FINANCE))
                    .expectException(RepaymentExceedsOwed.class);
        }

        @Test
        void a_claim_paid_in_full_waived_or_never_made_takes_no_repayment() {
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            paid("p1", 2018, "600000"),
                            new RepaymentClaimed(GRANT, "k1", Money.of("10000"), finance),
                            new RepaymentReceived(GRANT, "k1", Money.of("10000"), finance))
                    .when(new RecordRepayment(GRANT, "k1", Money.of("1"), FINANCE))
                    .expectException(UnknownClaim.class);
            fixture.given(
                            opened(),
                            accepted(),
                            started(),
                            paid("p1", 2018, "600000"),
                            new RepaymentWaived(GRANT, "k1", Money.of("400"), finance))
                    .when(new RecordRepayment(GRANT, "k1", Money.of("1"), FINANCE))
                    .expectException(UnknownClaim.class);
            fixture.given(opened(), accepted(), started())
                    .when(new RecordRepayment(GRANT, "k9", Money.of("1"), FINANCE))
                    .expectException(UnknownClaim.class);
        }
    }
}

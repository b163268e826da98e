package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.instanceOf;

import dk.pulje.command.application.ActiveApplicationExists;
import dk.pulje.command.application.ApplicationNotInState;
import dk.pulje.command.application.AwardExceedsRequest;
import dk.pulje.command.application.ConflictOfInterest;
import dk.pulje.command.application.NotTheApplicant;
import dk.pulje.command.application.UnknownApplication;
import dk.pulje.command.document.DocumentNotFound;
import dk.pulje.command.document.InMemoryUploads;
import dk.pulje.command.document.NotYourDocument;
import dk.pulje.command.document.Uploads;
import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.command.shared.BudgetLinesDoNotAddUp;
import dk.pulje.command.shared.EarmarkNotMet;
import dk.pulje.command.shared.FourEyesViolation;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.AmendApplication;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationAmended;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.ConflictOfInterestDeclared;
import dk.pulje.shared.application.DeclareConflictOfInterest;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.application.RejectApplication;
import dk.pulje.shared.application.ScoreApplication;
import dk.pulje.shared.application.ScreenApplication;
import dk.pulje.shared.application.Signature;
import dk.pulje.shared.application.SubmitApplication;
import dk.pulje.shared.application.WithdrawApplication;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Cvr;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.AnnouncePool;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.ClosePool;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.PlannedDate;
import dk.pulje.shared.pool.PoolAnnounced;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.PublishPool;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.pool.RoundDeadlineApproaching;
import dk.pulje.shared.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of a pool and its applications, as specifications: given what happened, when a command, then. */
class PoolTest {

    private final MutableClock clock = new MutableClock(PUBLISHED_AT);
    private final InMemoryUploads uploads = new InMemoryUploads();
    private AggregateTestFixture<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pool.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(uploads);
        Set<ApplicationId> claimed = new HashSet<>();
        fixture.registerInjectableResource((ApplicationIds) (applicationId, poolId) -> {
            if (!claimed.add(applicationId)) {
                throw new AlreadyExists("taken");
            }
        });
        PoolAwards awards = new PoolAwards(fixture.getRepository());
        fixture.registerCommandHandler(
                AwardGrant.class, award -> awards.award((AwardGrant) award.getPayload(), clock.instant()));
    }

    private Decision at(String copenhagen, Actor actor, String reason) {
        clock.setCopenhagen(copenhagen);
        return Decision.by(actor, clock.instant(), reason);
    }

    @Nested
    class Publishing {

        @Test
        void a_drafted_pool_is_published_with_the_first_version_of_its_rules() {
            Decision decision = at("2017-02-06T10:00:00", MANAGER, null);
            fixture.given(drafted("24900000"))
                    .when(new PublishPool(POOL, MANAGER, null))
                    .expectEvents(new PoolPublished(POOL, 1, decision));
        }

        @Test
        void a_pool_whose_last_deadline_has_passed_cannot_be_published() {
            clock.setCopenhagen("2017-03-24T12:00:00");
            fixture.given(drafted("24900000"))
                    .when(new PublishPool(POOL, MANAGER, null))
                    .expectException(DeadlinePassed.class)
                    .expectNoEvents();
        }

        @Test
        void a_published_pool_is_not_published_again() {
            fixture.given(drafted("24900000"), published())
                    .when(new PublishPool(POOL, MANAGER, null))
                    .expectException(PoolNotInState.class);
        }

        private final PoolPlanning planned = new PoolPlanning(
                new PlannedDate(
                        LocalDate.parse("2017-08-01"), LocalDate.parse("2017-09-30"), "August or September 2017"),
                new PlannedDate(LocalDate.parse("2017-10-10"), LocalDate.parse("2017-10-20"), "mid October 2017"),
                new PlannedDate(
                        LocalDate.parse("2017-10-01"), LocalDate.parse("2017-12-31"), "fourth quarter of 2017"));
        private final List<Round> realRounds =
                List.of(new Round(1, LocalDateTime.parse("2017-09-01T00:00"), Deadline.of("2017-10-16T12:00")));

        @Test
        void a_week_before_a_round_closes_the_pool_records_that_it_is_approaching() {
            clock.setCopenhagen("2017-02-06T10:00:00");
            Instant weekBefore = Instant.parse("2017-03-17T11:00:00Z");
            fixture.given(drafted("24900000"))
                    .andGivenCommands(new PublishPool(POOL, MANAGER, null))
                    .whenTimeAdvancesTo(weekBefore.plusSeconds(1))
                    .expectEvents(new RoundDeadlineApproaching(
                            POOL,
                            1,
                            Deadline.of("2017-03-24T12:00"),
                            new Decision(
                                    "pulje",
                                    Role.SYSTEM,
                                    weekBefore,
                                    "Round 1 closes in 7 days, 2017-03-24T12:00:00 (Copenhagen time)")));
        }

        @Test
        void a_pool_closed_before_the_reminder_reminds_no_one() {
            clock.setCopenhagen("2017-02-06T10:00:00");
            fixture.given(drafted("24900000"))
                    .andGivenCommands(new PublishPool(POOL, MANAGER, null), new ClosePool(POOL, MANAGER, "Withdrawn"))
                    .whenTimeAdvancesTo(Instant.parse("2017-03-17T11:00:01Z"))
                    .expectNoEvents();
        }

        @Test
        void a_drafted_pool_is_announced_with_its_planned_dates() {
            Decision decision = at("2017-06-26T10:00:00", MANAGER, "Satspuljeaftalen 2017");
            fixture.given(drafted("24900000"))
                    .when(new AnnouncePool(POOL, planned, MANAGER, "Satspuljeaftalen 2017"))
                    .expectEvents(new PoolAnnounced(POOL, planned, decision));
        }

        @Test
        void an_announced_pool_takes_no_applications_until_it_is_published() {
            clock.setCopenhagen("2017-02-07T10:00:00");
            fixture.given(
                            drafted("24900000"),
                            new PoolAnnounced(POOL, planned, at("2017-02-01T10:00:00", MANAGER, null)))
                    .when(submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .expectException(PoolNotInState.class)
                    .expectNoEvents();
        }

        @Test
        void an_announced_pool_is_published_with_its_real_rounds_and_its_history_keeps_the_planned_ones() {
            Decision announcement = at("2017-06-26T10:00:00", MANAGER, null);
            Decision publication = at("2017-09-01T09:00:00", MANAGER, "Published");
            fixture.given(drafted("24900000"), new PoolAnnounced(POOL, planned, announcement))
                    .when(new PublishPool(POOL, MANAGER, "Published", realRounds))
                    .expectEvents(new PoolPublished(POOL, 1, publication, realRounds));
        }

        @Test
        void a_published_pool_is_not_announced() {
            fixture.given(drafted("24900000"), published())
                    .when(new AnnouncePool(POOL, planned, MANAGER, null))
                    .expectException(PoolNotInState.class)
                    .expectNoEvents();
        }

        @Test
        void a_planned_date_ends_no_earlier_than_it_begins() {
            assertThatThrownBy(() -> new PlannedDate(
                            LocalDate.parse("2017-10-20"), LocalDate.parse("2017-10-10"), "mid October"))
                    .isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class Submitting {

        @Test
        void an_application_one_second_before_the_deadline_is_accepted() {
            clock.setCopenhagen("2017-03-24T11:59:59");
            fixture.given(drafted("24900000"), published())
                    .when(submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .expectEvents(new ApplicationSubmitted(
                            POOL,
                            ApplicationId.of("aarhus-1"),
                            1,
                            AARHUS,
                            "Early help in PPR",
                            Money.of("2000000"),
                            TestPools.budget(2018, "2000000"),
                            "new-methods",
                            CONTACT,
                            AARHUS_CLERK,
                            Instant.parse("2017-03-24T10:59:59Z")));
        }

        @Test
        void a_signed_submission_records_who_signed_it_for_the_applicant_and_how_they_were_identified() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            Signature signed = new Signature(
                    "aarhus-clerk",
                    "municipality:751",
                    Signature.IdentifiedBy.OIDC,
                    "https://mitid-erhverv.example.dk",
                    "Substantial",
                    clock.instant());
            SubmitApplication submission = submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000");
            fixture.given(drafted("24900000"), published())
                    .when(withSignature(submission, signed))
                    .expectEvents(new ApplicationSubmitted(
                            POOL,
                            ApplicationId.of("aarhus-1"),
                            1,
                            AARHUS,
                            "Early help in PPR",
                            Money.of("2000000"),
                            TestPools.budget(2018, "2000000"),
                            "new-methods",
                            CONTACT,
                            AARHUS_CLERK,
                            clock.instant(),
                            signed,
                            null,
                            null,
                            null,
                            null,
                            null));
        }

        @Test
        void a_submission_signed_for_another_organisation_is_refused() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            Signature odense = new Signature(
                    "aarhus-clerk",
                    "municipality:461",
                    Signature.IdentifiedBy.DEMO_PASSWORD,
                    null,
                    null,
                    clock.instant());
            fixture.given(drafted("24900000"), published())
                    .when(withSignature(submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"), odense))
                    .expectException(NotTheApplicant.class)
                    .expectNoEvents();
        }

        @Test
        void an_application_to_a_pool_with_earmarks_budgets_at_least_the_earmarked_amounts() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            SubmitApplication c = submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000");
            SubmitApplication tooLittle = new SubmitApplication(
                    c.poolId(),
                    c.applicationId(),
                    c.applicant(),
                    c.projectTitle(),
                    c.amountRequested(),
                    c.budget(),
                    c.activityCategory(),
                    c.contact(),
                    c.actor(),
                    null,
                    BudgetLines.of(Map.of("partnership", Money.of("299999.99"), "staff", Money.of("1700000.01"))),
                    null,
                    null,
                    null);
            fixture.given(earmarkedDraft(), published())
                    .when(tooLittle)
                    .expectException(EarmarkNotMet.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("at least 300000.00 kr. of each grant "
                            + "for 'partnership' (The partnership with the agency); the budget holds 299999.99"))
                    .expectNoEvents();
        }

        @Test
        void an_application_that_meets_the_earmarks_keeps_its_budget_lines() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            SubmitApplication c = submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000");
            BudgetLines lines = BudgetLines.of(Map.of("partnership", Money.of("300000"), "staff", Money.of("1700000")));
            fixture.given(earmarkedDraft(), published())
                    .when(new SubmitApplication(
                            c.poolId(),
                            c.applicationId(),
                            c.applicant(),
                            c.projectTitle(),
                            c.amountRequested(),
                            c.budget(),
                            c.activityCategory(),
                            c.contact(),
                            c.actor(),
                            null,
                            lines,
                            null,
                            null,
                            null))
                    .expectEvents(new ApplicationSubmitted(
                            POOL,
                            ApplicationId.of("aarhus-1"),
                            1,
                            AARHUS,
                            "Early help in PPR",
                            Money.of("2000000"),
                            TestPools.budget(2018, "2000000"),
                            "new-methods",
                            CONTACT,
                            AARHUS_CLERK,
                            clock.instant(),
                            null,
                            lines,
                            null,
                            null,
                            null,
                            null));
        }

        @Test
        void an_amendment_keeps_the_budget_lines_adding_up_to_the_amount_and_the_earmarks_met() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            BudgetLines lines = BudgetLines.of(Map.of("partnership", Money.of("300000"), "staff", Money.of("1700000")));
            ApplicationSubmitted submitted = new ApplicationSubmitted(
                    POOL,
                    ApplicationId.of("aarhus-1"),
                    1,
                    AARHUS,
                    "Early help in PPR",
                    Money.of("2000000"),
                    TestPools.budget(2018, "2000000"),
                    "new-methods",
                    CONTACT,
                    AARHUS_CLERK,
                    clock.instant(),
                    null,
                    lines,
                    null,
                    null,
                    null,
                    null);
            fixture.given(earmarkedDraft(), published(), submitted)
                    .when(amend("1500000", null))
                    .expectException(BudgetLinesDoNotAddUp.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                            "add up to 2000000.00 kr., not the " + "1500000.00 kr. now asked for"))
                    .expectNoEvents();
            fixture.given(earmarkedDraft(), published(), submitted)
                    .when(amend(
                            "1500000",
                            BudgetLines.of(Map.of("partnership", Money.of("200000"), "staff", Money.of("1300000")))))
                    .expectException(EarmarkNotMet.class)
                    .expectNoEvents();
        }

        @Test
        void an_amendment_with_new_budget_lines_that_meet_the_earmarks_is_recorded_with_them() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            BudgetLines lines = BudgetLines.of(Map.of("partnership", Money.of("300000"), "staff", Money.of("1700000")));
            BudgetLines smaller =
                    BudgetLines.of(Map.of("partnership", Money.of("300000"), "staff", Money.of("1200000")));
            fixture.given(
                            earmarkedDraft(),
                            published(),
                            new ApplicationSubmitted(
                                    POOL,
                                    ApplicationId.of("aarhus-1"),
                                    1,
                                    AARHUS,
                                    "Early help in PPR",
                                    Money.of("2000000"),
                                    TestPools.budget(2018, "2000000"),
                                    "new-methods",
                                    CONTACT,
                                    AARHUS_CLERK,
                                    clock.instant(),
                                    null,
                                    lines,
                                    null,
                                    null,
                                    null,
                                    null))
                    .when(amend("1500000", smaller))
                    .expectEvents(new ApplicationAmended(
                            POOL,
                            ApplicationId.of("aarhus-1"),
                            Money.of("1500000"),
                            TestPools.budget(2018, "1500000"),
                            "new-methods",
                            Decision.by(AARHUS_CLERK, clock.instant(), "Fewer staff"),
                            smaller));
        }

        private AmendApplication amend(String amount, BudgetLines lines) {
            return new AmendApplication(
                    POOL,
                    ApplicationId.of("aarhus-1"),
                    Money.of(amount),
                    TestPools.budget(2018, amount),
                    "new-methods",
                    lines,
                    AARHUS_CLERK,
                    "Fewer staff");
        }

        private SubmitApplication joint(SubmitApplication c, Applicant... partners) {
            return new SubmitApplication(
                    c.poolId(),
                    c.applicationId(),
                    c.applicant(),
                    c.projectTitle(),
                    c.amountRequested(),
                    c.budget(),
                    c.activityCategory(),
                    c.contact(),
                    c.actor(),
                    null,
                    null,
                    List.of(partners),
                    null,
                    null);
        }

        @Test
        void a_joint_application_names_its_partners_and_holds_each_partys_place_in_the_round() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            SubmitApplication c = submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000");
            fixture.given(drafted("24900000"), published())
                    .when(joint(c, ODENSE))
                    .expectEvents(new ApplicationSubmitted(
                            POOL,
                            ApplicationId.of("aarhus-1"),
                            1,
                            AARHUS,
                            "Early help in PPR",
                            Money.of("2000000"),
                            TestPools.budget(2018, "2000000"),
                            "new-methods",
                            CONTACT,
                            AARHUS_CLERK,
                            clock.instant(),
                            null,
                            null,
                            List.of(ODENSE),
                            null,
                            null,
                            null));
        }

        @Test
        void a_partner_with_an_active_application_in_the_round_cannot_join_another() {
            clock.setCopenhagen("2017-03-21T10:00:00");
            fixture.given(drafted("24900000"), published(), submitted("odense-1", ODENSE, ODENSE_CLERK, "1000000"))
                    .when(joint(submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"), ODENSE))
                    .expectException(ActiveApplicationExists.class)
                    .expectNoEvents();
        }

        @Test
        void every_party_of_a_joint_application_must_be_eligible() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            Applicant solbakken = new Applicant(ApplicantKind.CARE_INSTITUTION, "Solbakken", Cvr.of("29189986"), null);
            fixture.given(drafted("24900000"), published())
                    .when(joint(submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"), solbakken))
                    .expectException(ApplicantNotEligible.class)
                    .expectNoEvents();
        }

        private SubmitApplication withSignature(SubmitApplication c, Signature signature) {
            return new SubmitApplication(
                    c.poolId(),
                    c.applicationId(),
                    c.applicant(),
                    c.projectTitle(),
                    c.amountRequested(),
                    c.budget(),
                    c.activityCategory(),
                    c.contact(),
                    c.actor(),
                    signature,
                    null,
                    null,
                    null,
                    null);
        }

        @Test
        void an_application_at_the_deadline_to_the_second_is_refused() {
            clock.setCopenhagen("2017-03-24T12:00:00");
            fixture.given(drafted("24900000"), published())
                    .when(submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .expectException(DeadlinePassed.class)
                    .expectNoEvents();
        }

        @Test
        void an_application_before_the_round_opens_is_refused() {
            clock.setCopenhagen("2017-02-05T23:59:59");
            fixture.given(drafted("24900000"), published())
                    .when(submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .expectException(RoundNotOpen.class);
        }

        @Test
        void a_draft_pool_takes_no_applications() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(drafted("24900000"))
                    .when(submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .expectException(PoolNotInState.class);
        }

        @Test
        void only_the_eligible_kinds_of_applicant_may_apply() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            Applicant institution =
                    new Applicant(ApplicantKind.CARE_INSTITUTION, "Opholdsstedet Solbakken", Cvr.of("29189986"), null);
            fixture.given(drafted("24900000"), published())
                    .when(submit("inst-1", institution, new Actor("sol", Role.APPLICANT, "cvr:29189986"), "2000000"))
                    .expectException(ApplicantNotEligible.class)
                    .expectNoEvents();
        }

        @Test
        void an_applicant_has_at_most_one_active_application_per_round() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(drafted("24900000"), published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .when(submit("aarhus-2", AARHUS, AARHUS_CLERK, "1000000"))
                    .expectException(ActiveApplicationExists.class);
        }

        @Test
        void a_withdrawn_application_frees_the_applicant_to_apply_again() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(
                            drafted("24900000"),
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            new ApplicationWithdrawn(
                                    POOL,
                                    ApplicationId.of("aarhus-1"),
                                    new Decision("aarhus-clerk", Role.APPLICANT, PUBLISHED_AT, null)))
                    .when(submit("aarhus-2", AARHUS, AARHUS_CLERK, "1000000"))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(
                            exactSequenceOf(messageWithPayload(instanceOf(ApplicationSubmitted.class)), andNoMore()));
        }

        @Test
        void an_applicant_applies_only_for_its_own_organisation() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(drafted("24900000"), published())
                    .when(submit("aarhus-1", AARHUS, ODENSE_CLERK, "2000000"))
                    .expectException(NotTheApplicant.class);
        }

        @Test
        void the_amount_must_be_within_the_pools_limits() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(drafted("24900000"), published())
                    .when(submit("aarhus-1", AARHUS, AARHUS_CLERK, "5000000.01"))
                    .expectException(AmountOutsideLimits.class);
        }

        @Test
        void the_activity_category_must_be_one_of_the_pools() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(drafted("24900000"), published())
                    .when(new SubmitApplication(
                            POOL,
                            ApplicationId.of("a"),
                            AARHUS,
                            "Title",
                            Money.of("200000"),
                            TestPools.budget(2018, "200000"),
                            "buildings",
                            CONTACT,
                            AARHUS_CLERK))
                    .expectException(UnknownActivityCategory.class);
        }

        @Test
        void every_budget_year_lies_in_the_project_period() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(drafted("24900000"), published())
                    .when(new SubmitApplication(
                            POOL,
                            ApplicationId.of("a"),
                            AARHUS,
                            "Title",
                            Money.of("200000"),
                            TestPools.budget(2021, "200000"),
                            "new-methods",
                            CONTACT,
                            AARHUS_CLERK))
                    .expectException(BudgetYearOutsidePeriod.class);
        }

        @Test
        void a_closed_pool_takes_no_applications() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(
                            drafted("24900000"),
                            published(),
                            new PoolClosed(POOL, new Decision("mette", Role.POOL_MANAGER, PUBLISHED_AT, "Cancelled")))
                    .when(submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .expectException(PoolNotInState.class);
        }
    }

    @Nested
    class Attaching {

        private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

        private Attachment uploaded(String documentId, Actor by) {
            Attachment document = new Attachment(documentId, "budget.pdf", "application/pdf", 1234, SHA256);
            uploads.record(new Uploads.Upload(by.organisation(), by.userId(), PUBLISHED_AT, document));
            return document;
        }

        private SubmitApplication attaching(String... documentIds) {
            SubmitApplication plain = submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000");
            return new SubmitApplication(
                    plain.poolId(),
                    plain.applicationId(),
                    plain.applicant(),
                    plain.projectTitle(),
                    plain.amountRequested(),
                    plain.budget(),
                    plain.activityCategory(),
                    plain.contact(),
                    plain.actor(),
                    null,
                    null,
                    null,
                    null,
                    List.of(documentIds));
        }

        @Test
        void an_application_records_its_own_organisations_uploads_as_they_were_stored() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            Attachment budget = uploaded("3f1c1d2e-0000-4000-8000-000000000001", AARHUS_CLERK);
            fixture.given(drafted("24900000"), published())
                    .when(attaching(budget.documentId()))
                    .expectEvents(new ApplicationSubmitted(
                            POOL,
                            ApplicationId.of("aarhus-1"),
                            1,
                            AARHUS,
                            "Early help in PPR",
                            Money.of("2000000"),
                            TestPools.budget(2018, "2000000"),
                            "new-methods",
                            CONTACT,
                            AARHUS_CLERK,
                            clock.instant(),
                            null,
                            null,
                            List.of(),
                            null,
                            null,
                            List.of(budget)));
        }

        @Test
        void another_organisations_upload_is_refused_before_any_event() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            Attachment odenses = uploaded("3f1c1d2e-0000-4000-8000-000000000002", ODENSE_CLERK);
            fixture.given(drafted("24900000"), published())
                    .when(attaching(odenses.documentId()))
                    .expectException(NotYourDocument.class)
                    .expectNoEvents();
        }

        @Test
        void a_document_no_one_uploaded_is_refused_before_any_event() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(drafted("24900000"), published())
                    .when(attaching("3f1c1d2e-0000-4000-8000-000000000003"))
                    .expectException(DocumentNotFound.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class AmendingAndWithdrawing {

        @Test
        void an_applicant_amends_before_the_deadline() {
            Decision decision = at("2017-03-24T11:59:59", AARHUS_CLERK, "Smaller");
            fixture.given(drafted("24900000"), published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .when(new AmendApplication(
                            POOL,
                            ApplicationId.of("aarhus-1"),
                            Money.of("1500000"),
                            TestPools.budget(2018, "1500000"),
                            "upskilling",
                            null,
                            AARHUS_CLERK,
                            "Smaller"))
                    .expectEvents(new ApplicationAmended(
                            POOL,
                            ApplicationId.of("aarhus-1"),
                            Money.of("1500000"),
                            TestPools.budget(2018, "1500000"),
                            "upskilling",
                            decision,
                            null));
        }

        @Test
        void no_amendment_after_the_deadline() {
            clock.setCopenhagen("2017-03-24T12:00:00");
            fixture.given(drafted("24900000"), published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .when(new AmendApplication(
                            POOL,
                            ApplicationId.of("aarhus-1"),
                            Money.of("1500000"),
                            TestPools.budget(2018, "1500000"),
                            "upskilling",
                            null,
                            AARHUS_CLERK,
                            null))
                    .expectException(DeadlinePassed.class);
        }

        @Test
        void no_withdrawal_after_the_deadline() {
            clock.setCopenhagen("2017-03-24T12:00:01");
            fixture.given(drafted("24900000"), published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .when(new WithdrawApplication(POOL, ApplicationId.of("aarhus-1"), AARHUS_CLERK, null))
                    .expectException(DeadlinePassed.class);
        }

        @Test
        void another_organisation_cannot_withdraw_it() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(drafted("24900000"), published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .when(new WithdrawApplication(POOL, ApplicationId.of("aarhus-1"), ODENSE_CLERK, null))
                    .expectException(NotTheApplicant.class);
        }

        @Test
        void an_unknown_application_is_not_found() {
            clock.setCopenhagen("2017-03-01T10:00:00");
            fixture.given(drafted("24900000"), published())
                    .when(new WithdrawApplication(POOL, ApplicationId.of("nope"), AARHUS_CLERK, null))
                    .expectException(UnknownApplication.class);
        }
    }

    /** The pool with 300,000 kr. of each grant earmarked for the partnership with the agency. */
    private PoolDrafted earmarkedDraft() {
        PoolTerms t = TestPools.earlyPreventiveEffort2017();
        PoolTerms earmarked = new PoolTerms(
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
                List.of(new Earmark("partnership", "The partnership with the agency", Money.of("300000"))),
                null,
                null);
        PoolDrafted d = drafted("24900000");
        return new PoolDrafted(d.poolId(), d.programmeId(), d.budget(), earmarked, d.decision());
    }

    @Nested
    class Deciding {

        @Test
        void an_award_records_who_in_which_role_when_why_and_on_which_assessment() {
            Decision decision = at("2017-04-20T14:00:00", APPROVER, "Scores 4/5");
            fixture.given(
                            drafted("24900000"),
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            eligible("aarhus-1"),
                            new ApplicationScored(
                                    POOL,
                                    ApplicationId.of("aarhus-1"),
                                    4,
                                    new Decision("anders", Role.ASSESSOR, PUBLISHED_AT, "Good")))
                    .when(new AwardGrant(
                            POOL, ApplicationId.of("aarhus-1"), Money.of("1800000"), APPROVER, "Scores 4/5"))
                    .expectEvents(new GrantAwarded(
                            POOL, ApplicationId.of("aarhus-1"), AARHUS, Money.of("1800000"), List.of(4), 1, decision));
        }

        @Test
        void an_award_too_small_to_hold_the_earmarks_is_refused() {
            clock.setCopenhagen("2017-04-20T14:00:00");
            BudgetLines lines = BudgetLines.of(Map.of("partnership", Money.of("300000"), "staff", Money.of("1700000")));
            fixture.given(
                            earmarkedDraft(),
                            published(),
                            new ApplicationSubmitted(
                                    POOL,
                                    ApplicationId.of("aarhus-1"),
                                    1,
                                    AARHUS,
                                    "Early help in PPR",
                                    Money.of("2000000"),
                                    TestPools.budget(2018, "2000000"),
                                    "new-methods",
                                    CONTACT,
                                    AARHUS_CLERK,
                                    Instant.parse("2017-03-20T10:00:00Z"),
                                    null,
                                    lines,
                                    null,
                                    null,
                                    null,
                                    null),
                            eligible("aarhus-1"))
                    .when(new AwardGrant(POOL, ApplicationId.of("aarhus-1"), Money.of("299999.99"), APPROVER, "Token"))
                    .expectException(EarmarkNotMet.class)
                    .expectNoEvents();
        }

        @Test
        void award_never_exceeds_the_remaining_budget() {
            clock.setCopenhagen("2017-04-20T14:00:00");
            fixture.given(
                            drafted("3000000"),
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            eligible("aarhus-1"),
                            submitted("odense-1", ODENSE, ODENSE_CLERK, "2000000"),
                            eligible("odense-1"),
                            new GrantAwarded(
                                    POOL,
                                    ApplicationId.of("aarhus-1"),
                                    AARHUS,
                                    Money.of("2000000"),
                                    List.of(),
                                    1,
                                    new Decision("anne", Role.APPROVER, PUBLISHED_AT, "ok")))
                    .when(new AwardGrant(POOL, ApplicationId.of("odense-1"), Money.of("1000000.01"), APPROVER, "ok"))
                    .expectException(AwardExceedsBudget.class)
                    .expectNoEvents();
        }

        @Test
        void award_of_exactly_the_remaining_budget_is_allowed() {
            clock.setCopenhagen("2017-04-20T14:00:00");
            fixture.given(
                            drafted("3000000"),
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            eligible("aarhus-1"),
                            submitted("odense-1", ODENSE, ODENSE_CLERK, "2000000"),
                            eligible("odense-1"),
                            new GrantAwarded(
                                    POOL,
                                    ApplicationId.of("aarhus-1"),
                                    AARHUS,
                                    Money.of("2000000"),
                                    List.of(),
                                    1,
                                    new Decision("anne", Role.APPROVER, PUBLISHED_AT, "ok")))
                    .when(new AwardGrant(POOL, ApplicationId.of("odense-1"), Money.of("1000000"), APPROVER, "ok"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void award_never_exceeds_what_was_asked_for() {
            clock.setCopenhagen("2017-04-20T14:00:00");
            fixture.given(
                            drafted("24900000"),
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            eligible("aarhus-1"))
                    .when(new AwardGrant(POOL, ApplicationId.of("aarhus-1"), Money.of("2000000.01"), APPROVER, "ok"))
                    .expectException(AwardExceedsRequest.class);
        }

        @Test
        void only_an_eligible_application_is_awarded() {
            clock.setCopenhagen("2017-04-20T14:00:00");
            fixture.given(drafted("24900000"), published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .when(new AwardGrant(POOL, ApplicationId.of("aarhus-1"), Money.of("100000"), APPROVER, "ok"))
                    .expectException(ApplicationNotInState.class);
        }

        @Test
        void the_assessor_of_an_application_cannot_award_it() {
            clock.setCopenhagen("2017-04-20T14:00:00");
            Actor assessorAsApprover = new Actor("anders", Role.APPROVER);
            fixture.given(
                            drafted("24900000"),
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            eligible("aarhus-1"))
                    .when(new AwardGrant(
                            POOL, ApplicationId.of("aarhus-1"), Money.of("100000"), assessorAsApprover, "ok"))
                    .expectException(FourEyesViolation.class);
        }

        @Test
        void whoever_declared_a_conflict_of_interest_may_neither_assess_nor_decide_the_application() {
            clock.setCopenhagen("2017-04-20T14:00:00");
            Decision declared = new Decision("anne", Role.APPROVER, PUBLISHED_AT, "My sister leads the project");
            fixture.given(
                            drafted("24900000"),
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            eligible("aarhus-1"),
                            new ConflictOfInterestDeclared(POOL, ApplicationId.of("aarhus-1"), declared))
                    .when(new AwardGrant(POOL, ApplicationId.of("aarhus-1"), Money.of("100000"), APPROVER, "ok"))
                    .expectException(ConflictOfInterest.class)
                    .expectNoEvents();
            fixture.given(
                            drafted("24900000"),
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            new ConflictOfInterestDeclared(
                                    POOL,
                                    ApplicationId.of("aarhus-1"),
                                    new Decision("anders", Role.ASSESSOR, PUBLISHED_AT, "Former employer")))
                    .when(new ScreenApplication(POOL, ApplicationId.of("aarhus-1"), true, ASSESSOR, "ok"))
                    .expectException(ConflictOfInterest.class);
        }

        @Test
        void a_conflict_of_interest_is_declared_with_who_when_and_why() {
            clock.setCopenhagen("2017-04-20T14:00:00");
            fixture.given(drafted("24900000"), published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .when(new DeclareConflictOfInterest(
                            POOL, ApplicationId.of("aarhus-1"), ASSESSOR, "Former employer"))
                    .expectEvents(new ConflictOfInterestDeclared(
                            POOL,
                            ApplicationId.of("aarhus-1"),
                            Decision.by(ASSESSOR, clock.instant(), "Former employer")));
        }

        @Test
        void the_assessor_of_an_application_cannot_reject_it() {
            clock.setCopenhagen("2017-04-20T14:00:00");
            Actor assessorAsApprover = new Actor("anders", Role.APPROVER);
            fixture.given(
                            drafted("24900000"),
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            eligible("aarhus-1"))
                    .when(new RejectApplication(POOL, ApplicationId.of("aarhus-1"), assessorAsApprover, "No"))
                    .expectException(FourEyesViolation.class);
        }

        @Test
        void a_rejection_carries_its_reason() {
            Decision decision = at("2017-04-20T14:00:00", APPROVER, "Outside the target group");
            fixture.given(
                            drafted("24900000"),
                            published(),
                            submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"),
                            eligible("aarhus-1"))
                    .when(new RejectApplication(
                            POOL, ApplicationId.of("aarhus-1"), APPROVER, "Outside the target group"))
                    .expectEvents(new ApplicationRejected(POOL, ApplicationId.of("aarhus-1"), List.of(), 1, decision));
        }

        @Test
        void only_an_eligible_application_is_scored() {
            clock.setCopenhagen("2017-04-20T14:00:00");
            fixture.given(drafted("24900000"), published(), submitted("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                    .when(new ScoreApplication(POOL, ApplicationId.of("aarhus-1"), 4, ASSESSOR, "Good"))
                    .expectException(ApplicationNotInState.class);
        }

        @Test
        void a_decided_application_is_not_screened_again() {
            clock.setCopenhagen("2017-04-20T14:00:00");
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
                    .when(new ScreenApplication(POOL, ApplicationId.of("aarhus-1"), false, ASSESSOR, "Second thoughts"))
                    .expectException(ApplicationNotInState.class);
        }

        @Test
        void closing_needs_a_pool_that_is_not_closed() {
            clock.setCopenhagen("2017-12-31T10:00:00");
            fixture.given(
                            drafted("24900000"),
                            published(),
                            new PoolClosed(POOL, new Decision("mette", Role.POOL_MANAGER, PUBLISHED_AT, "Done")))
                    .when(new ClosePool(POOL, MANAGER, "Again"))
                    .expectException(PoolNotInState.class);
        }
    }

    @Test
    void deadlines_are_judged_in_copenhagen_time() {
        // 24 March 2017 12:00 in Copenhagen is 11:00 UTC (winter time): one second before is still in time.
        clock.set(Instant.parse("2017-03-24T10:59:59Z"));
        fixture.given(drafted("24900000"), published())
                .when(submit("aarhus-1", AARHUS, AARHUS_CLERK, "2000000"))
                .expectSuccessfulHandlerExecution();
        assertThat(Deadline.of("2017-03-24T12:00").instant()).isEqualTo(Instant.parse("2017-03-24T11:00:00Z"));
    }
}

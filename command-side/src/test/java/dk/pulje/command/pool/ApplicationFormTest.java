package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.AARHUS;
import static dk.pulje.command.pool.PoolFixtures.AARHUS_CLERK;
import static dk.pulje.command.pool.PoolFixtures.CONTACT;
import static dk.pulje.command.pool.PoolFixtures.MANAGER;
import static dk.pulje.command.pool.PoolFixtures.POOL;
import static dk.pulje.command.pool.PoolFixtures.PROGRAMME;
import static dk.pulje.command.pool.PoolFixtures.PUBLISHED_AT;
import static dk.pulje.command.pool.PoolFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.mock;

import dk.pulje.command.document.InMemoryUploads;
import dk.pulje.command.document.Uploads;
import dk.pulje.command.programme.ProgrammeFunds;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.AmendApplication;
import dk.pulje.shared.application.ApplicationAmended;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.application.SubmitApplication;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.ApplicationForm;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.Question;
import dk.pulje.shared.pool.QuestionKind;
import dk.pulje.shared.testing.MutableClock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A pool's own questions (its application form): defined with its terms, answered with every application. */
class ApplicationFormTest {

    private static final ApplicationForm FORM = new ApplicationForm(List.of(
            new Question("staff", QuestionKind.NUMBER, "How many staff take part?", null, true, null, null),
            new Question(
                    "target-group",
                    QuestionKind.CHOICE,
                    "Who is the project for?",
                    Map.of("da", "Hvem er projektet for?"),
                    true,
                    null,
                    List.of("children", "parents", "both")),
            new Question("own-funding", QuestionKind.AMOUNT, "Own funding", null, false, null, null),
            new Question("starts", QuestionKind.DATE, "Start date", null, false, null, null),
            new Question("earlier-grant", QuestionKind.YES_NO, "A grant from the 2016 pool?", null, true, null, null),
            new Question("summary", QuestionKind.TEXT, "Summary", null, true, 20, null)));

    private final MutableClock clock = new MutableClock(PUBLISHED_AT);
    private final InMemoryUploads uploads = new InMemoryUploads();
    private AggregateTestFixture<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pool.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource((ApplicationIds) (applicationId, poolId) -> {});
        fixture.registerInjectableResource(uploads);
        fixture.registerAnnotatedCommandHandler(new PoolFunding(
                fixture.getRepository(),
                EmbeddedEventStore.builder()
                        .storageEngine(new InMemoryEventStorageEngine())
                        .build(),
                mock(ProgrammeFunds.class),
                clock));
        clock.setCopenhagen("2017-03-01T10:00:00");
    }

    private static PoolDrafted draftedWithForm() {
        return new PoolDrafted(
                POOL,
                PROGRAMME,
                Money.of("24900000"),
                TestPools.earlyPreventiveEffort2017().withForm(FORM),
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null));
    }

    private static SubmitApplication submit(Map<String, String> answers) {
        return new SubmitApplication(
                POOL,
                ApplicationId.of("aarhus-1"),
                AARHUS,
                "Early help in PPR",
                Money.of("200000"),
                TestPools.budget(2018, "200000"),
                "new-methods",
                CONTACT,
                AARHUS_CLERK,
                null,
                null,
                null,
                answers,
                null);
    }

    private static Map<String, String> complete() {
        return Map.of(
                "staff", "12",
                "target-group", "both",
                "own-funding", "150000.50",
                "earlier-grant", "no",
                "summary", "  Early help  ");
    }

    @Test
    void the_answers_are_part_of_the_submitted_application_with_the_version_of_the_form() {
        fixture.given(draftedWithForm(), published())
                .when(submit(complete()))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> {
                            ApplicationSubmitted submitted = (ApplicationSubmitted) payload;
                            return submitted.formVersion() == 1
                                    && submitted.answers().get("summary").equals("Early help")
                                    && submitted.answers().size() == 5;
                        }),
                        andNoMore())));
    }

    @Test
    void a_file_question_is_answered_by_a_document_the_application_attaches() {
        ApplicationForm withFile = new ApplicationForm(
                List.of(new Question("budget-file", QuestionKind.FILE, "The detailed budget", null, true, null, null)));
        PoolDrafted drafted = new PoolDrafted(
                POOL,
                PROGRAMME,
                Money.of("24900000"),
                TestPools.earlyPreventiveEffort2017().withForm(withFile),
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null));
        Attachment budget = new Attachment(
                "6f1c1b9e-4c47-4a55-9f57-0c8b1e0a5c11",
                "budget.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                1234,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        uploads.record(new Uploads.Upload("municipality:751", "aarhus-clerk", PUBLISHED_AT, budget));
        SubmitApplication unattached = submit(Map.of("budget-file", budget.documentId()));

        fixture.given(drafted, published())
                .when(unattached)
                .expectException(AnswersDoNotFitForm.class)
                .expectNoEvents();
        fixture.given(drafted, published())
                .when(new SubmitApplication(
                        unattached.poolId(),
                        unattached.applicationId(),
                        unattached.applicant(),
                        unattached.projectTitle(),
                        unattached.amountRequested(),
                        unattached.budget(),
                        unattached.activityCategory(),
                        unattached.contact(),
                        unattached.actor(),
                        null,
                        null,
                        null,
                        unattached.answers(),
                        List.of(budget.documentId())))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload ->
                                ((ApplicationSubmitted) payload).attachments().equals(List.of(budget))),
                        andNoMore())));
    }

    @Test
    void an_amended_answer_to_a_file_question_names_a_document_the_application_attaches() {
        ApplicationForm withFile = new ApplicationForm(
                List.of(new Question("budget-file", QuestionKind.FILE, "The detailed budget", null, true, null, null)));
        PoolDrafted drafted = new PoolDrafted(
                POOL,
                PROGRAMME,
                Money.of("24900000"),
                TestPools.earlyPreventiveEffort2017().withForm(withFile),
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null));
        Attachment budget = new Attachment(
                "doc-1",
                "budget.pdf",
                "application/pdf",
                1234,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        ApplicationSubmitted submitted = new ApplicationSubmitted(
                POOL,
                ApplicationId.of("aarhus-1"),
                1,
                AARHUS,
                "Early help in PPR",
                Money.of("200000"),
                TestPools.budget(2018, "200000"),
                "new-methods",
                CONTACT,
                AARHUS_CLERK,
                PUBLISHED_AT,
                null,
                null,
                List.of(),
                Map.of("budget-file", "doc-1"),
                1,
                List.of(budget));

        fixture.given(drafted, published(), submitted)
                .when(amend(Map.of("budget-file", "doc-2")))
                .expectException(AnswersDoNotFitForm.class)
                .expectExceptionMessage("An answer names document doc-2, which the application does not attach")
                .expectNoEvents();
        fixture.given(drafted, published(), submitted)
                .when(amend(Map.of("budget-file", "doc-1")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_required_question_left_unanswered_is_refused_and_nothing_is_recorded() {
        Map<String, String> withoutStaff = new HashMap<>(complete());
        withoutStaff.put("staff", " ");
        fixture.given(draftedWithForm(), published())
                .when(submit(withoutStaff))
                .expectException(AnswersDoNotFitForm.class)
                .expectExceptionMessage("Question staff must be answered")
                .expectNoEvents();
    }

    @Test
    void an_answer_not_of_its_questions_kind_is_refused_with_each_problem_named() {
        Map<String, String> wrong = new HashMap<>(complete());
        wrong.put("staff", "twelve");
        wrong.put("target-group", "grandparents");
        wrong.put("own-funding", "12.345");
        wrong.put("starts", "1 March 2018");
        wrong.put("earlier-grant", "maybe");
        wrong.put("summary", "far more than twenty characters");
        fixture.given(draftedWithForm(), published())
                .when(submit(wrong))
                .expectException(AnswersDoNotFitForm.class)
                .expectExceptionMessage(allOf(
                        containsString("staff takes a whole number"),
                        containsString("target-group takes one of [children, parents, both]"),
                        containsString("own-funding takes an amount"),
                        containsString("starts takes a date"),
                        containsString("earlier-grant takes yes or no"),
                        containsString("summary takes at most 20 characters")))
                .expectNoEvents();
    }

    @Test
    void a_question_the_form_does_not_ask_is_refused() {
        Map<String, String> extra = new HashMap<>(complete());
        extra.put("favourite-colour", "blue");
        fixture.given(draftedWithForm(), published())
                .when(submit(extra))
                .expectException(AnswersDoNotFitForm.class)
                .expectExceptionMessage("The form asks no question favourite-colour")
                .expectNoEvents();
    }

    @Test
    void a_pool_without_a_form_takes_no_answers_and_records_no_form_version() {
        fixture.given(PoolFixtures.drafted("24900000"), published())
                .when(submit(Map.of("staff", "12")))
                .expectException(AnswersDoNotFitForm.class)
                .expectNoEvents();
    }

    @Test
    void an_amendment_before_the_deadline_replaces_the_answers_checked_as_at_submission() {
        fixture.given(draftedWithForm(), published(), submitted(complete()))
                .when(amend(Map.of("staff", "14", "target-group", "children", "earlier-grant", "yes", "summary", "x")))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> {
                            ApplicationAmended amended = (ApplicationAmended) payload;
                            return amended.answers().get("staff").equals("14")
                                    && !amended.answers().containsKey("own-funding")
                                    && amended.formVersion() == 1;
                        }),
                        andNoMore())));
        fixture.given(draftedWithForm(), published(), submitted(complete()))
                .when(amend(Map.of("staff", "fourteen")))
                .expectException(AnswersDoNotFitForm.class)
                .expectNoEvents();
    }

    @Test
    void an_amendment_without_answers_keeps_them() {
        fixture.given(draftedWithForm(), published(), submitted(complete()))
                .when(amend(null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> ((ApplicationAmended) payload).answers() == null), andNoMore())));
    }

    private static AmendApplication amend(Map<String, String> answers) {
        return new AmendApplication(
                POOL,
                ApplicationId.of("aarhus-1"),
                Money.of("200000"),
                TestPools.budget(2018, "200000"),
                "new-methods",
                null,
                AARHUS_CLERK,
                null,
                answers);
    }

    private static ApplicationSubmitted submitted(Map<String, String> answers) {
        return new ApplicationSubmitted(
                POOL,
                ApplicationId.of("aarhus-1"),
                1,
                AARHUS,
                "Early help in PPR",
                Money.of("200000"),
                TestPools.budget(2018, "200000"),
                "new-methods",
                CONTACT,
                AARHUS_CLERK,
                PUBLISHED_AT,
                null,
                null,
                List.of(),
                answers,
                1,
                null);
    }

    @Test
    void the_form_amended_with_a_reason_is_a_new_version_of_the_rules_and_later_answers_are_checked_against_it() {
        ApplicationForm shorter = new ApplicationForm(List.of(FORM.questions().get(0)));
        fixture.given(draftedWithForm(), published())
                .when(new AmendPool(POOL, null, List.of(), MANAGER, "Fewer questions", null, shorter, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> payload instanceof PoolAmended amended
                                && amended.rulesVersion() == 2
                                && amended.form().equals(shorter)),
                        andNoMore())));
        PoolAmended amended = new PoolAmended(
                POOL,
                Money.of("24900000"),
                Money.of("24900000"),
                TestPools.earlyPreventiveEffort2017().rounds(),
                2,
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, "Fewer questions"),
                null,
                null,
                shorter,
                null);
        fixture.given(draftedWithForm(), published(), amended)
                .when(submit(Map.of("staff", "3")))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> ((ApplicationSubmitted) payload).formVersion() == 2), andNoMore())));
        fixture.given(draftedWithForm(), published(), amended)
                .when(submit(complete()))
                .expectException(AnswersDoNotFitForm.class)
                .expectNoEvents();
    }

    @Test
    void a_form_is_checked_when_it_is_defined() {
        assertThatThrownBy(() -> new ApplicationForm(List.of(
                        new Question("a", QuestionKind.TEXT, "A", null, false, null, null),
                        new Question("a", QuestionKind.NUMBER, "B", null, false, null, null))))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("own id");
        assertThatThrownBy(() -> new Question("pick", QuestionKind.CHOICE, "Pick", null, true, null, List.of("one")))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("two or more");
        assertThatThrownBy(() -> new Question("n", QuestionKind.NUMBER, "N", null, true, 10, null))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("length limit");
        assertThatThrownBy(() -> new Question("Bad Id", QuestionKind.TEXT, "T", null, true, null, null))
                .isInstanceOf(InvalidValue.class);
        assertThat(FORM.question("target-group").orElseThrow().textIn("da")).isEqualTo("Hvem er projektet for?");
    }
}

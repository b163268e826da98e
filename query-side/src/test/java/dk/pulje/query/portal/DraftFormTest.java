package dk.pulje.query.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.pool.ApplicationForm;
import dk.pulje.shared.pool.PoolTerms;
import dk.pulje.shared.pool.Question;
import dk.pulje.shared.pool.QuestionKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A draft's answers to the pool's own questions, as the portal's form reads and shows them. */
class DraftFormTest {

    private static final PoolTerms TERMS = TestPools.earlyPreventiveEffort2017()
            .withForm(new ApplicationForm(List.of(
                    new Question("staff", QuestionKind.NUMBER, "Medarbejdere", null, true, null, null),
                    new Question("own-funding", QuestionKind.AMOUNT, "Egenfinansiering", null, false, null, null),
                    new Question("partner", QuestionKind.YES_NO, "Partner?", null, true, null, null))));

    private static MultiValueMap<String, String> posted(Map<String, String> fields) {
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        fields.forEach(posted::add);
        return posted;
    }

    @Test
    void answers_are_kept_as_given_and_an_amount_in_danish_writing_as_kroner_and_oere() {
        DraftForm form = DraftForm.read(
                posted(Map.of("answer-staff", " 12 ", "answer-own-funding", "1.500,50", "answer-partner", "")),
                TERMS,
                false);

        assertThat(form.valid()).isTrue();
        assertThat(form.content().answers()).isEqualTo(Map.of("own-funding", "1500.50", "staff", "12"));
        assertThat(form.content().missing(Map.of(), false, TERMS.applicationForm()))
                .contains("draft.missing.answers");
        assertThat(DraftForm.valuesOf(form.content(), Locale.ENGLISH)).containsEntry("answer-staff", "12");
    }

    @Test
    void an_answer_not_of_its_questions_kind_is_an_error_of_its_field_and_nothing_is_kept_of_it() {
        DraftForm form =
                DraftForm.read(posted(Map.of("answer-staff", "tolv", "answer-partner", "maybe")), TERMS, false);

        assertThat(form.valid()).isFalse();
        assertThat(form.errors())
                .containsEntry("answer-staff", "draft.error.answer.number")
                .containsEntry("answer-partner", "draft.error.answer.yes_no");
        assertThat(form.content().answers()).isEmpty();
    }

    @Test
    void a_draft_answering_every_required_question_misses_no_answer() {
        DraftForm form = DraftForm.read(posted(Map.of("answer-staff", "3", "answer-partner", "no")), TERMS, false);

        assertThat(form.content().missing(Map.of(), false, TERMS.applicationForm()))
                .doesNotContain("draft.missing.answers");
    }

    @Test
    void a_file_question_is_answered_by_one_of_the_drafts_attachments_and_missing_once_that_is_removed() {
        PoolTerms withFile = TestPools.earlyPreventiveEffort2017()
                .withForm(new ApplicationForm(
                        List.of(new Question("budget-file", QuestionKind.FILE, "Budget", null, true, null, null))));
        DraftContent.DraftAttachment budget =
                new DraftContent.DraftAttachment("doc-1", "ab", "application/pdf", 1234, "budget.pdf");
        DraftContent answered = DraftForm.read(posted(Map.of("answer-budget-file", "doc-1")), withFile, false)
                .content()
                .withAttachments(List.of(budget));

        assertThat(answered.missing(Map.of(), false, withFile.applicationForm()))
                .doesNotContain("draft.missing.answers");
        assertThat(answered.withAttachments(List.of()).missing(Map.of(), false, withFile.applicationForm()))
                .contains("draft.missing.answers");
    }
}

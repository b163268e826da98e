package dk.pulje.query.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The grant page's forms: what is sent to the command side, and what is told instead of sending it. */
class GrantFormsTest {

    private static MultiValueMap<String, String> posted(Map<String, String> fields) {
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        fields.forEach(posted::add);
        return posted;
    }

    @Test
    void a_report_sends_its_summary_and_what_was_spent_per_line_in_kroner() {
        GrantForms.Read read = GrantForms.report(
                posted(Map.of("summary", " Two of three teams trained ", "spent-0", "1.500,50", "spent-1", "0")),
                List.of("evaluation", "staff"));

        assertThat(read.valid()).isTrue();
        assertThat(read.body())
                .containsEntry("summary", "Two of three teams trained")
                .containsEntry("spentByLine", Map.of("evaluation", "1500.50", "staff", "0.00"));
    }

    @Test
    void a_report_without_summary_or_with_an_amount_that_is_not_one_is_not_sent() {
        GrantForms.Read read =
                GrantForms.report(posted(Map.of("summary", "  ", "spent-0", "a lot")), List.of("evaluation"));

        assertThat(read.valid()).isFalse();
        assertThat(read.errors())
                .containsEntry("summary", "grant.error.summary")
                .containsEntry("spent-0", "grant.error.spent");
        assertThat(read.values()).containsEntry("spent-0", "a lot");
    }

    @Test
    void a_report_of_a_grant_without_budget_lines_sends_no_spending() {
        GrantForms.Read read = GrantForms.report(posted(Map.of("summary", "Done")), List.of());

        assertThat(read.valid()).isTrue();
        assertThat(read.body()).doesNotContainKey("spentByLine");
    }

    @Test
    void the_start_is_a_day() {
        assertThat(GrantForms.start(posted(Map.of("startedOn", "2030-03-01"))).body())
                .containsEntry("startedOn", "2030-03-01");
        assertThat(GrantForms.start(posted(Map.of("startedOn", "1. marts"))).errors())
                .containsEntry("startedOn", "grant.error.date");
    }

    @Test
    void a_budget_change_is_checked_as_the_command_side_would_before_it_is_sent() {
        GrantForms.Read move = GrantForms.budgetChange(posted(Map.of(
                "kind", "REALLOCATION", "from", "staff", "to", "evaluation", "amount", "50000", "reason", "In-house")));
        assertThat(move.valid()).isTrue();
        assertThat(move.body())
                .containsEntry("kind", "REALLOCATION")
                .containsEntry("amount", "50000.00")
                .containsEntry("reason", "In-house");

        GrantForms.Read backwards = GrantForms.budgetChange(
                posted(Map.of("kind", "CARRY_OVER", "from", "2031", "to", "2030", "amount", "0", "reason", "")));
        assertThat(backwards.errors())
                .containsEntry("to", "grant.error.laterYear")
                .containsEntry("amount", "draft.error.amount")
                .containsEntry("reason", "grant.error.reason");
        assertThat(backwards.body()).isEmpty();

        assertThat(GrantForms.budgetChange(posted(Map.of("kind", "GIFT", "from", "a", "to", "a")))
                        .errors())
                .containsEntry("kind", "grant.error.kind")
                .containsEntry("to", "grant.error.sameLine");
    }
}

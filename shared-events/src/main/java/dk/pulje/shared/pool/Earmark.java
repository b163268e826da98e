package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.common.Translations;
import dk.pulje.shared.grant.BudgetLines;
import java.util.Map;

/**
 * A part of each grant the pool reserves for a fixed purpose: every application budgets at least {@code minimum}
 * on the budget line {@code line} (the PPR pool: 1.8 mio. of each 12.3 for the partnership with the agency).
 * {@code purpose} is as published; {@code translations} hold it in other languages by language code.
 */
public record Earmark(
        String line,
        String purpose,
        Money minimum,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> translations) {

    /** An earmark in the language it is published in only. */
    public Earmark(String line, String purpose, Money minimum) {
        this(line, purpose, minimum, null);
    }

    /** The purpose in {@code language} where it has a translation into it, else as published. */
    public String purposeIn(String language) {
        return Translations.in(translations, language, purpose);
    }

    public Earmark {
        line = Text.required(line, "An earmark's budget line", 100);
        purpose = Text.required(purpose, "An earmark's purpose", 300);
        translations = Translations.of(translations, "An earmark's purpose", 300);
        if (minimum == null || minimum.isZero()) {
            throw new InvalidValue("earmark.minimum", "An earmark reserves an amount above 0");
        }
    }

    /** Whether {@code budget} holds at least the minimum on this earmark's line. */
    public boolean keptBy(BudgetLines budget) {
        return !minimum.isGreaterThan(budget.line(line));
    }

    /** Why {@code budget} breaks this earmark, for a refusal. */
    public String brokenBy(BudgetLines budget) {
        return "The pool earmarks at least " + minimum + " kr. of each grant for '" + line + "' (" + purpose
                + "); the budget holds " + budget.line(line) + " kr. on it";
    }
}

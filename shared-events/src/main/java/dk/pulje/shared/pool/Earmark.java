package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.grant.BudgetLines;

/**
 * A part of each grant the pool reserves for a fixed purpose: every application budgets at least {@code minimum}
 * on the budget line {@code line} (the PPR pool: 1.8 mio. of each 12.3 for the partnership with the agency).
 */
public record Earmark(String line, String purpose, Money minimum) {

    public Earmark {
        line = Text.required(line, "An earmark's budget line", 100);
        purpose = Text.required(purpose, "An earmark's purpose", 300);
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

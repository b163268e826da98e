package dk.pulje.shared.application;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;

/** Shape rules that a submission and an amendment share. */
final class ApplicationRules {

    private ApplicationRules() {}

    /** Budget lines, when given, add up to the amount asked for; none given reads as no lines. */
    static BudgetLines checkLines(BudgetLines lines, Money amountRequested) {
        BudgetLines given = lines == null ? BudgetLines.of(null) : lines;
        if (!given.lines().isEmpty() && !given.total().equals(amountRequested)) {
            throw new InvalidValue(
                    "budget-lines.total",
                    "The budget lines add up to " + given.total() + " kr.; the application asks for " + amountRequested
                            + " kr.");
        }
        return given;
    }

    static void checkAmount(Money amountRequested, BudgetByYear budget) {
        if (amountRequested == null || amountRequested.isZero()) {
            throw new InvalidValue("application.amount", "An application asks for an amount above 0");
        }
        if (budget == null) {
            throw new InvalidValue("budget.missing", "An application has a budget by year");
        }
        if (!budget.total().equals(amountRequested)) {
            throw new InvalidValue(
                    "budget.total",
                    "The budget by year adds up to " + budget.total() + ", not the " + amountRequested + " asked for");
        }
    }
}

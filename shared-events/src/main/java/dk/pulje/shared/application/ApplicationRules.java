package dk.pulje.shared.application;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;

/** Shape rules that a submission and an amendment share. */
final class ApplicationRules {

    private ApplicationRules() {
    }

    static void checkAmount(Money amountRequested, BudgetByYear budget) {
        if (amountRequested == null || amountRequested.isZero()) {
            throw new InvalidValue("application.amount", "An application asks for an amount above 0");
        }
        if (budget == null) {
            throw new InvalidValue("budget.missing", "An application has a budget by year");
        }
        if (!budget.total().equals(amountRequested)) {
            throw new InvalidValue("budget.total", "The budget by year adds up to " + budget.total()
                    + ", not the " + amountRequested + " asked for");
        }
    }
}

package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** No budget change with that id awaits a decision. */
public class UnknownBudgetChange extends Refusal {

    UnknownBudgetChange(String detail) {
        super("budget-change-not-found", Kind.NOT_FOUND, detail);
    }
}

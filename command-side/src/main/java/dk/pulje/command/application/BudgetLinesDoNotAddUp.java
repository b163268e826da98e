package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** An amended amount leaves the application's budget lines adding up to something else. */
public class BudgetLinesDoNotAddUp extends Refusal {

    BudgetLinesDoNotAddUp(String detail) {
        super("budget-lines-total", Kind.CONFLICT, detail);
    }
}

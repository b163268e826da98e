package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** A pool's budget may not drop below what it has awarded. */
public class BudgetBelowAwarded extends Refusal {

    BudgetBelowAwarded(String detail) {
        super("budget-below-awarded", Kind.CONFLICT, detail);
    }
}

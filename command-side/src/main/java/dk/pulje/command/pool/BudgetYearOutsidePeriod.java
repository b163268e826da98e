package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** A budget year lies outside the pool's project period. */
public class BudgetYearOutsidePeriod extends Refusal {

    BudgetYearOutsidePeriod(String detail) {
        super("budget-year-outside-period", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** The grant has no budget line with that name, or the line holds less than the amount moved. */
public class BudgetLineShort extends Refusal {

    BudgetLineShort(String detail) {
        super("budget-line-short", Kind.CONFLICT, detail);
    }
}

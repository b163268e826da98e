package dk.pulje.command.shared;

/**
 * Budget lines that do not add up to what they budget: an amended amount leaves an application's lines adding up to
 * another, or the lines of a grant's acceptance do not add up to the amount granted.
 */
public class BudgetLinesDoNotAddUp extends Refusal {

    public BudgetLinesDoNotAddUp(String detail) {
        super("budget-lines-total", Kind.CONFLICT, detail);
    }
}

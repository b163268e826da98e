package dk.pulje.shared.grant;

/** A move of money between budget lines, or of a year's unpaid money to the next year. */
public enum BudgetChangeKind {
    REALLOCATION,
    CARRY_OVER
}

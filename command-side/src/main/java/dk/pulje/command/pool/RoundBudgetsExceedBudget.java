package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/**
 * A publication or amendment would leave the rounds' own budgets adding up to more than the pool's budget, or a
 * round's budget below what its applications have been awarded.
 */
public class RoundBudgetsExceedBudget extends Refusal {

    RoundBudgetsExceedBudget(String detail) {
        super("round-budgets-exceed-budget", Kind.CONFLICT, detail);
    }
}

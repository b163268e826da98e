package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The award is more than the pool has left. */
public class AwardExceedsBudget extends Refusal {

    AwardExceedsBudget(String detail) {
        super("award-exceeds-budget", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The application budgets less for an earmarked purpose than the pool reserves of each grant for it. */
class EarmarkNotMet extends Refusal {

    EarmarkNotMet(String detail) {
        super("earmark-not-met", Kind.CONFLICT, detail);
    }
}

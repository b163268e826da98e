package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** An allocation awards more applications than the pool expects grantees. */
class TooManyGrantees extends Refusal {

    TooManyGrantees(String detail) {
        super("too-many-grantees", Kind.CONFLICT, detail);
    }
}

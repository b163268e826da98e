package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** No round of the pool is open at the time of submission. */
public class RoundNotOpen extends Refusal {

    RoundNotOpen(String detail) {
        super("round-not-open", Kind.CONFLICT, detail);
    }
}

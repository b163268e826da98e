package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** An amendment names a round the pool does not have. */
public class UnknownRound extends Refusal {

    UnknownRound(String detail) {
        super("unknown-round", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The round's deadline has passed (judged in Copenhagen time, to the second). */
public class DeadlinePassed extends Refusal {

    DeadlinePassed(String detail) {
        super("deadline-passed", Kind.CONFLICT, detail);
    }
}

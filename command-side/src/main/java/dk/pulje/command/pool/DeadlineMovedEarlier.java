package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** A published pool's deadline may be extended, never moved earlier. */
public class DeadlineMovedEarlier extends Refusal {

    DeadlineMovedEarlier(String detail) {
        super("deadline-earlier", Kind.CONFLICT, detail);
    }
}

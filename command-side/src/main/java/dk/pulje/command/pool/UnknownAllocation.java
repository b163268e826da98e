package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** No allocation with this number awaits approval in the pool. */
class UnknownAllocation extends Refusal {

    UnknownAllocation(String detail) {
        super("allocation-not-found", Kind.NOT_FOUND, detail);
    }
}

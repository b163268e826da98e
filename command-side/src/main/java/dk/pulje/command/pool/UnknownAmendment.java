package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** No amendment with this number awaits a second signature in the pool. */
class UnknownAmendment extends Refusal {

    UnknownAmendment(String detail) {
        super("amendment-not-found", Kind.NOT_FOUND, detail);
    }
}

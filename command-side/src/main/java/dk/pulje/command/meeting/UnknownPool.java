package dk.pulje.command.meeting;

import dk.pulje.command.shared.Refusal;

/** A meeting names a pool that does not exist. */
class UnknownPool extends Refusal {

    UnknownPool(String detail) {
        super("not-found", Kind.NOT_FOUND, detail);
    }
}

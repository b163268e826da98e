package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The pool has a proposed amendment awaiting its second signature; one at a time. */
class AmendmentPending extends Refusal {

    AmendmentPending(String detail) {
        super("amendment-pending", Kind.CONFLICT, detail);
    }
}

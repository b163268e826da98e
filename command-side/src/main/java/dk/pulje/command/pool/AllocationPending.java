package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The pool has a proposed allocation awaiting approval; one is pending at a time. */
class AllocationPending extends Refusal {

    AllocationPending(String detail) {
        super("allocation-pending", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The pool's ranking has no application whose request could be awarded, so there is nothing to propose. */
class NothingToAllocate extends Refusal {

    NothingToAllocate(String detail) {
        super("nothing-to-allocate", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** An application of an allocation is not assessed as the pool asks (its consensus, where it asks for more assessors). */
class NotAssessed extends Refusal {

    NotAssessed(String detail) {
        super("not-assessed", Kind.CONFLICT, detail);
    }
}

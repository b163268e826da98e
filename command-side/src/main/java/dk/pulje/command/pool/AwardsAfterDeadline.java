package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The pool awards only after the deadline of the application's round, and it has not passed. */
class AwardsAfterDeadline extends Refusal {

    AwardsAfterDeadline(String detail) {
        super("awards-after-deadline", Kind.CONFLICT, detail);
    }
}

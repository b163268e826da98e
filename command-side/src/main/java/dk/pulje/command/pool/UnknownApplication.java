package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The pool has no application with this id. */
public class UnknownApplication extends Refusal {

    UnknownApplication(String detail) {
        super("application-not-found", Kind.NOT_FOUND, detail);
    }
}

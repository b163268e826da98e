package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** The pool has no application with this id. */
public class UnknownApplication extends Refusal {

    public UnknownApplication(String detail) {
        super("application-not-found", Kind.NOT_FOUND, detail);
    }
}

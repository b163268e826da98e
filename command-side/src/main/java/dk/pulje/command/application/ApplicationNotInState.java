package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** The application is not in a state that allows the change. */
public class ApplicationNotInState extends Refusal {

    ApplicationNotInState(String detail) {
        super("application-state", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** The grant must be accepted by its acceptance deadline. */
public class AcceptanceDeadlinePassed extends Refusal {

    AcceptanceDeadlinePassed(String detail) {
        super("acceptance-deadline-passed", Kind.CONFLICT, detail);
    }
}

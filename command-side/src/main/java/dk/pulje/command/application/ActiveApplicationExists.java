package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** The applicant already has an active application in this round. */
public class ActiveApplicationExists extends Refusal {

    public ActiveApplicationExists(String detail) {
        super("application-already-active", Kind.CONFLICT, detail);
    }
}

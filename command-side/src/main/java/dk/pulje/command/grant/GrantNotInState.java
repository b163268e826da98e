package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** The grant's status does not allow the change (e.g. paying a grant not yet accepted). */
public class GrantNotInState extends Refusal {

    GrantNotInState(String detail) {
        super("grant-state", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.meeting;

import dk.pulje.command.shared.Refusal;

/** The meeting has no active registration with this id. */
class UnknownRegistration extends Refusal {

    UnknownRegistration(String detail) {
        super("registration-not-found", Kind.NOT_FOUND, detail);
    }
}

package dk.pulje.command.meeting;

import dk.pulje.command.shared.Refusal;

/** The organisation holds as many registrations for the meeting as one organisation may. */
class RegistrationLimitReached extends Refusal {

    RegistrationLimitReached(String detail) {
        super("registration-limit", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.meeting;

import dk.pulje.command.shared.Refusal;

/** The organisation has registered this attendee for the meeting already. */
class AlreadyRegistered extends Refusal {

    AlreadyRegistered(String detail) {
        super("already-registered", Kind.CONFLICT, detail);
    }
}

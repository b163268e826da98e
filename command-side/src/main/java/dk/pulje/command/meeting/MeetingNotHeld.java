package dk.pulje.command.meeting;

import dk.pulje.command.shared.Refusal;

/** The meeting was cancelled or has been held: it takes no registrations or changes. */
class MeetingNotHeld extends Refusal {

    MeetingNotHeld(String detail) {
        super("meeting-state", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.meeting;

import dk.pulje.command.shared.Refusal;

/** An applicant cancels only their own organisation's registrations. */
class NotYourRegistration extends Refusal {

    NotYourRegistration(String detail) {
        super("not-your-registration", Kind.FORBIDDEN, detail);
    }
}

package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** The grant's payment schedule has no such year. */
public class UnknownScheduleYear extends Refusal {

    UnknownScheduleYear(String detail) {
        super("schedule-year-unknown", Kind.CONFLICT, detail);
    }
}

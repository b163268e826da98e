package dk.pulje.command.simulation;

import dk.pulje.command.shared.Refusal;

/** The adjustable clock moves forward only. */
class ClockMovedBack extends Refusal {

    ClockMovedBack(String detail) {
        super("clock-moved-back", Kind.CONFLICT, detail);
    }
}

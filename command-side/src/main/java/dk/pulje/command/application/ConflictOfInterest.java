package dk.pulje.command.application;

import dk.pulje.command.shared.Refusal;

/** Whoever declared a conflict of interest in an application may not assess or decide it. */
public class ConflictOfInterest extends Refusal {

    ConflictOfInterest(String detail) {
        super("conflict-of-interest", Kind.FORBIDDEN, detail);
    }
}

package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The person who assessed an application cannot also decide it. */
public class FourEyesViolation extends Refusal {

    FourEyesViolation(String detail) {
        super("four-eyes", Kind.FORBIDDEN, detail);
    }
}

package dk.pulje.command.programme;

import dk.pulje.command.shared.Refusal;

/** The pools of a programme would get more than its envelope. */
public class EnvelopeExceeded extends Refusal {

    EnvelopeExceeded(String detail) {
        super("envelope-exceeded", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.programme;

import dk.pulje.command.shared.Refusal;

/** The pools and initiatives of a programme would get more than its envelope, a year's envelope or a track's budget. */
public class EnvelopeExceeded extends Refusal {

    EnvelopeExceeded(String detail) {
        super("envelope-exceeded", Kind.CONFLICT, detail);
    }
}

package dk.pulje.command.decision;

import dk.pulje.command.shared.Refusal;

/** The decision was on another organisation's application. */
public class NotYourDecision extends Refusal {

    NotYourDecision(String detail) {
        super("not-your-decision", Kind.FORBIDDEN, detail);
    }
}

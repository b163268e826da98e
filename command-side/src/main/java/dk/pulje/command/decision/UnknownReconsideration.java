package dk.pulje.command.decision;

import dk.pulje.command.shared.Refusal;

/** The decision has no reconsideration of that id. */
public class UnknownReconsideration extends Refusal {

    UnknownReconsideration(String detail) {
        super("reconsideration-not-found", Kind.NOT_FOUND, detail);
    }
}

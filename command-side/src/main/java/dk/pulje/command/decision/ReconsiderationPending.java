package dk.pulje.command.decision;

import dk.pulje.command.shared.Refusal;

/** A reconsideration of the decision is already being handled. */
public class ReconsiderationPending extends Refusal {

    ReconsiderationPending(String detail) {
        super("reconsideration-pending", Kind.CONFLICT, detail);
    }
}

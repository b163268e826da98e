package dk.pulje.command.decision;

import dk.pulje.command.shared.Refusal;

/** The reconsideration is not in a state that allows the change. */
public class ReconsiderationNotInState extends Refusal {

    ReconsiderationNotInState(String detail) {
        super("reconsideration-state", Kind.CONFLICT, detail);
    }
}

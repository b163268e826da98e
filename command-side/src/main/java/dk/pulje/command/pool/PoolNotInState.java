package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The pool is not in a state that allows the change (e.g. awarding in a draft). */
public class PoolNotInState extends Refusal {

    public PoolNotInState(String detail) {
        super("pool-state", Kind.CONFLICT, detail);
    }
}

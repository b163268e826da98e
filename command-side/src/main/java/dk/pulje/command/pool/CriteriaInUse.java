package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** An amendment would change the criteria after applications have been assessed on them. */
class CriteriaInUse extends Refusal {

    CriteriaInUse(String detail) {
        super("criteria-in-use", Kind.CONFLICT, detail);
    }
}

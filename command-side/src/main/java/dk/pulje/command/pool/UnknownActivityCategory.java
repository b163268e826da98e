package dk.pulje.command.pool;

import dk.pulje.command.shared.Refusal;

/** The activity category is not one of the pool's. */
public class UnknownActivityCategory extends Refusal {

    UnknownActivityCategory(String detail) {
        super("unknown-category", Kind.CONFLICT, detail);
    }
}

package dk.pulje.shared.pool;

import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.InvalidValue;

/** A new deadline for one round, part of an amendment. */
public record DeadlineChange(int round, Deadline deadline) {

    public DeadlineChange {
        if (round < 1 || deadline == null) {
            throw new InvalidValue("amendment.deadline", "A deadline change names a round and its new deadline");
        }
    }
}

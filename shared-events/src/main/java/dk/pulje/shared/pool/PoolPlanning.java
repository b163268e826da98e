package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;

/** When an announced pool is expected to be published, to close for applications and to be decided. */
public record PoolPlanning(PlannedDate publication, PlannedDate deadline, PlannedDate decision) {

    public PoolPlanning {
        if (publication == null && deadline == null && decision == null) {
            throw new InvalidValue(
                    "planned.empty", "An announcement plans at least one of publication, deadline and " + "decision");
        }
    }
}

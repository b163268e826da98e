package dk.pulje.shared.pool;

import java.util.List;

/**
 * Why an allocation awards whom it does: every eligible, assessed and undecided application in the order it ranks
 * (priority first where the pool has a priority rule, then the weighted score, highest first, then the earlier
 * submission), the priority rule's wording ({@code priorityRule}, null where the pool has none), how each tie was
 * resolved ({@code ties}), and what else the approver should know ({@code notes}: applications not yet assessed, the
 * number of grantees against the pool's expectation).
 */
public record AllocationRanking(
        List<RankedApplication> applications, String priorityRule, List<String> ties, List<String> notes) {

    public AllocationRanking {
        applications = applications == null ? List.of() : List.copyOf(applications);
        ties = ties == null ? List.of() : List.copyOf(ties);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}

package dk.pulje.query.portal;

import dk.pulje.shared.pool.PoolId;
import java.time.Instant;
import java.util.List;

/**
 * An organisation's draft of an application to a pool, with who made it, who changed what, and, once submitted, the
 * application it became.
 */
public record Draft(
        String draftId,
        PoolId poolId,
        String organisation,
        DraftContent content,
        int version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        String applicationId,
        String submittedBy,
        Instant submittedAt,
        List<Change> changes) {

    /** One save: who, when, and the fields it changed. */
    public record Change(int version, String changedBy, Instant changedAt, List<String> fields) {}

    Draft withChanges(List<Change> all) {
        return new Draft(
                draftId,
                poolId,
                organisation,
                content,
                version,
                createdBy,
                createdAt,
                updatedBy,
                updatedAt,
                applicationId,
                submittedBy,
                submittedAt,
                all);
    }

    public boolean submitted() {
        return applicationId != null;
    }
}

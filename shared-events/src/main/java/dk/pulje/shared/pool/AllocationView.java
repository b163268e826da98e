package dk.pulje.shared.pool;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Money;
import java.time.Instant;
import java.util.List;

/**
 * An allocation of a pool as its events tell it: proposed by one person ({@code proposedBy}, when, why), then
 * approved or rejected (or withdrawn) by {@code decidedBy} (null while it is proposed); {@code awards} are the
 * applications it awards, in their place in its ranking, with the amount for each.
 */
public record AllocationView(
        PoolId poolId,
        int allocation,
        Status status,
        Money total,
        int rulesVersion,
        String proposedBy,
        Instant proposedAt,
        String proposalReason,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        List<Award> awards) {

    public AllocationView {
        awards = List.copyOf(awards);
    }

    public enum Status {
        PROPOSED,
        APPROVED,
        REJECTED
    }

    /** {@code rank} is the application's place in the allocation's ranking; null where the ranking omits it. */
    public record Award(Integer rank, ApplicationId applicationId, String applicantName, Money amount) {}
}

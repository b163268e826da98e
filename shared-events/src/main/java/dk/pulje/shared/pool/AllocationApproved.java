package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A proposed allocation is approved by someone other than its proposer; a GrantAwarded for each of its awards follows
 * in the same unit of work, so they are all made or none is.
 */
@Revision("1")
public record AllocationApproved(
        PoolId poolId, int allocation, List<AllocatedAward> awards, Money total, Decision decision)
        implements PoolEvent {

    public AllocationApproved {
        awards = List.copyOf(awards);
    }
}

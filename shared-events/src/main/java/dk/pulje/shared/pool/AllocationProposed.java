package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An allocation (number {@code allocation} of the pool) is proposed: {@code awards} amount to {@code total}, and
 * {@code ranking} explains them. Nothing is awarded until another person approves it.
 */
@Revision("1")
public record AllocationProposed(
        PoolId poolId,
        int allocation,
        List<AllocatedAward> awards,
        Money total,
        AllocationRanking ranking,
        int rulesVersion,
        Decision decision)
        implements PoolEvent {

    public AllocationProposed {
        awards = List.copyOf(awards);
    }
}

package dk.pulje.shared.programme;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/** Part of the envelope is set aside for a newly drafted pool. */
@Revision("1")
public record PoolBudgetAllocated(ProgrammeId programmeId, PoolId poolId, Money budget, Decision decision)
        implements ProgrammeEvent {
}

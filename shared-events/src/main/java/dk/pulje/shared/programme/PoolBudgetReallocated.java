package dk.pulje.shared.programme;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/** A pool's budget was amended, so its share of the envelope changed. */
@Revision("1")
public record PoolBudgetReallocated(ProgrammeId programmeId, PoolId poolId, Money previousBudget, Money budget,
                                    Decision decision) implements ProgrammeEvent {
}

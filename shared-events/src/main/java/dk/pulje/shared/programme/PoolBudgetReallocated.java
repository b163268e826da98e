package dk.pulje.shared.programme;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/**
 * A pool's budget was amended, so its share of the envelope changed; {@code years} is its share by finance year
 * afterwards (empty when it has none, and in events before revision 2).
 */
@Revision("2")
public record PoolBudgetReallocated(
        ProgrammeId programmeId,
        PoolId poolId,
        Money previousBudget,
        Money budget,
        Decision decision,
        FinanceYears years)
        implements ProgrammeEvent {

    public PoolBudgetReallocated {
        years = years == null ? FinanceYears.NONE : years;
    }

    public PoolBudgetReallocated(
            ProgrammeId programmeId, PoolId poolId, Money previousBudget, Money budget, Decision decision) {
        this(programmeId, poolId, previousBudget, budget, decision, null);
    }
}

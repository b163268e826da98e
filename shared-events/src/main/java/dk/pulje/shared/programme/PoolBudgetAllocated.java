package dk.pulje.shared.programme;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/**
 * Part of the envelope is set aside for a newly drafted pool: in {@code track} (null when none) and in the finance
 * years of {@code years} (empty when none are given; events before revision 2 carry neither).
 */
@Revision("2")
public record PoolBudgetAllocated(
        ProgrammeId programmeId, PoolId poolId, Money budget, Decision decision, String track, FinanceYears years)
        implements ProgrammeEvent {

    public PoolBudgetAllocated {
        years = years == null ? FinanceYears.NONE : years;
    }

    public PoolBudgetAllocated(ProgrammeId programmeId, PoolId poolId, Money budget, Decision decision) {
        this(programmeId, poolId, budget, decision, null, null);
    }
}

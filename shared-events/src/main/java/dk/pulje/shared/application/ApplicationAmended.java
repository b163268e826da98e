package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/**
 * The applicant changed what it asks for. {@code budgetLines} are the application's budget lines after the change
 * (null when it has none, and in events stored before amendments carried them).
 */
@Revision("2")
public record ApplicationAmended(
        PoolId poolId,
        ApplicationId applicationId,
        Money amountRequested,
        BudgetByYear budget,
        String activityCategory,
        Decision decision,
        BudgetLines budgetLines)
        implements ApplicationEvent {

    /** An amendment of an application without budget lines. */
    public ApplicationAmended(
            PoolId poolId,
            ApplicationId applicationId,
            Money amountRequested,
            BudgetByYear budget,
            String activityCategory,
            Decision decision) {
        this(poolId, applicationId, amountRequested, budget, activityCategory, decision, null);
    }
}

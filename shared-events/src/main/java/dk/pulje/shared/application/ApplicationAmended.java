package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ApplicationAmended(PoolId poolId, ApplicationId applicationId, Money amountRequested,
                                 BudgetByYear budget, String activityCategory, Decision decision)
        implements ApplicationEvent {
}

package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The applicant changes what it asks for, before the round's deadline. */
public record AmendApplication(@TargetAggregateIdentifier PoolId poolId,
                               ApplicationId applicationId,
                               Money amountRequested,
                               BudgetByYear budget,
                               String activityCategory,
                               Actor actor,
                               String reason) {

    public AmendApplication {
        ApplicationRules.checkAmount(amountRequested, budget);
        activityCategory = Text.required(activityCategory, "An activity category", 40);
        reason = Reason.optional(reason);
    }
}

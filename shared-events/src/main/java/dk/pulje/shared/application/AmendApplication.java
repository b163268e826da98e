package dk.pulje.shared.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolId;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The applicant changes what it asks for, before the round's deadline. {@code budgetLines}, when given, replace the
 * application's budget lines; when not, the lines it has must still add up to the amended amount. {@code answers},
 * when given, replace the answers to the pool's own questions in full; null keeps them.
 */
public record AmendApplication(
        @TargetAggregateIdentifier PoolId poolId,
        ApplicationId applicationId,
        Money amountRequested,
        BudgetByYear budget,
        String activityCategory,
        BudgetLines budgetLines,
        Actor actor,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> answers) {

    public AmendApplication {
        ApplicationRules.checkAmount(amountRequested, budget);
        activityCategory = Text.required(activityCategory, "An activity category", 40);
        budgetLines = ApplicationRules.checkLines(budgetLines, amountRequested);
        reason = Reason.optional(reason);
        answers = answers == null ? null : Answers.of(answers);
    }

    /** An amendment that keeps the application's answers to the pool's own questions. */
    public AmendApplication(
            PoolId poolId,
            ApplicationId applicationId,
            Money amountRequested,
            BudgetByYear budget,
            String activityCategory,
            BudgetLines budgetLines,
            Actor actor,
            String reason) {
        this(poolId, applicationId, amountRequested, budget, activityCategory, budgetLines, actor, reason, null);
    }
}

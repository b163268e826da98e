package dk.pulje.shared.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolId;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * The applicant changed what it asks for. {@code budgetLines} are the application's budget lines after the change
 * (null when it has none, and in events stored before amendments carried them); {@code answers} the answers to the
 * pool's own questions after the change, given on the form of rules version {@code formVersion} (both null where
 * the amendment left them as they were, as in every amendment stored before applications had answers).
 */
@Revision("2")
public record ApplicationAmended(
        PoolId poolId,
        ApplicationId applicationId,
        Money amountRequested,
        BudgetByYear budget,
        String activityCategory,
        Decision decision,
        BudgetLines budgetLines,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> answers,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer formVersion)
        implements ApplicationEvent {

    public ApplicationAmended {
        answers = answers == null ? null : Answers.of(answers);
    }

    /** An amendment that leaves the answers to the pool's own questions as they were. */
    public ApplicationAmended(
            PoolId poolId,
            ApplicationId applicationId,
            Money amountRequested,
            BudgetByYear budget,
            String activityCategory,
            Decision decision,
            BudgetLines budgetLines) {
        this(poolId, applicationId, amountRequested, budget, activityCategory, decision, budgetLines, null, null);
    }
}

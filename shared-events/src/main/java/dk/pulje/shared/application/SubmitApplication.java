package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An applicant asks a pool for money in its open round. */
public record SubmitApplication(@TargetAggregateIdentifier PoolId poolId,
                                ApplicationId applicationId,
                                Applicant applicant,
                                String projectTitle,
                                Money amountRequested,
                                BudgetByYear budget,
                                String activityCategory,
                                ContactPerson contact,
                                Actor actor) {

    public SubmitApplication {
        if (poolId == null || applicationId == null || applicant == null || contact == null || actor == null) {
            throw new InvalidValue("application.incomplete",
                    "An application names its pool, id, applicant, contact person and submitter");
        }
        projectTitle = Text.required(projectTitle, "A project title", 300);
        ApplicationRules.checkAmount(amountRequested, budget);
        activityCategory = Text.required(activityCategory, "An activity category", 40);
    }
}

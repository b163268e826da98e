package dk.pulje.shared.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An applicant asks a pool for money in its open round, alone or as the lead of a joint application with
 * {@code partners} (municipalities and care institutions together); the lead signs, acts and is paid.
 * {@code answers}: the answers to the pool's own questions (its application form), by question id.
 * {@code attachments} are the document ids of documents the applicant's organisation uploaded (POST /documents).
 */
public record SubmitApplication(
        @TargetAggregateIdentifier PoolId poolId,
        ApplicationId applicationId,
        Applicant applicant,
        String projectTitle,
        Money amountRequested,
        BudgetByYear budget,
        String activityCategory,
        ContactPerson contact,
        Actor actor,
        Signature signature,
        BudgetLines budgetLines,
        List<Applicant> partners,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> answers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> attachments) {

    public SubmitApplication {
        if (poolId == null || applicationId == null || applicant == null || contact == null || actor == null) {
            throw new InvalidValue(
                    "application.incomplete",
                    "An application names its pool, id, applicant, contact person and submitter");
        }
        contact = ContactPerson.required(contact, "An application");
        projectTitle = Text.required(projectTitle, "A project title", 300);
        ApplicationRules.checkAmount(amountRequested, budget);
        activityCategory = Text.required(activityCategory, "An activity category", 40);
        budgetLines = ApplicationRules.checkLines(budgetLines, amountRequested);
        partners = Partners.checked(applicant, partners);
        answers = Answers.of(answers);
        attachments = Attachment.documentIds(attachments);
    }

    /** A submission without a signature: loaded by Pulje itself, or in tests of other rules. */
    public SubmitApplication(
            PoolId poolId,
            ApplicationId applicationId,
            Applicant applicant,
            String projectTitle,
            Money amountRequested,
            BudgetByYear budget,
            String activityCategory,
            ContactPerson contact,
            Actor actor) {
        this(
                poolId,
                applicationId,
                applicant,
                projectTitle,
                amountRequested,
                budget,
                activityCategory,
                contact,
                actor,
                null,
                null,
                null,
                null,
                null);
    }
}

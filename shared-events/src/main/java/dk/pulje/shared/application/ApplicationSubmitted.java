package dk.pulje.shared.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.PoolId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * An application arrived in time for {@code round}; {@code contact} is personal data; {@code signature} names who
 * signed it for the applicant and how they were identified (null in events stored before submissions were signed);
 * {@code budgetLines} what the application budgets for each purpose, where the pool earmarks parts of its grants;
 * {@code partners} the other parties of a joint application (empty for one applicant); {@code answers} the answers
 * to the pool's own questions by question id, given on the form of the pool's rules version {@code formVersion}
 * (empty and null where the pool asked none); {@code attachments} the documents attached to it, each with its SHA-256
 * (empty in events stored before applications had attachments: the field was added without a new revision, as a
 * missing list reads as none).
 */
@Revision("1")
public record ApplicationSubmitted(
        PoolId poolId,
        ApplicationId applicationId,
        int round,
        Applicant applicant,
        String projectTitle,
        Money amountRequested,
        BudgetByYear budget,
        String activityCategory,
        ContactPerson contact,
        Actor submittedBy,
        Instant submittedAt,
        Signature signature,
        BudgetLines budgetLines,
        List<Applicant> partners,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> answers,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer formVersion,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Attachment> attachments)
        implements ApplicationEvent {

    public ApplicationSubmitted {
        partners = partners == null ? List.of() : List.copyOf(partners);
        answers = Answers.of(answers);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A submission by one applicant, unsigned, without budget lines, answers to the pool's questions or attachments. */
    public ApplicationSubmitted(
            PoolId poolId,
            ApplicationId applicationId,
            int round,
            Applicant applicant,
            String projectTitle,
            Money amountRequested,
            BudgetByYear budget,
            String activityCategory,
            ContactPerson contact,
            Actor submittedBy,
            Instant submittedAt) {
        this(
                poolId,
                applicationId,
                round,
                applicant,
                projectTitle,
                amountRequested,
                budget,
                activityCategory,
                contact,
                submittedBy,
                submittedAt,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}

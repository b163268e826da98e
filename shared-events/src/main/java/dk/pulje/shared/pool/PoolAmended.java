package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The pool's budget and rounds after an amendment, with the version of its rules this starts. When the pool needs a
 * second signature, {@code amendment} names the approved proposal and the decision is the approver's.
 * {@code assessment} holds the pool's new assessment rules, null where the amendment left them as they were (as in
 * every amendment stored before pools had them); {@code form} the pool's new application form, null likewise;
 * {@code information} the pool's new contact, questions and answers and guidance documents, null likewise.
 */
@Revision("1")
public record PoolAmended(
        PoolId poolId,
        Money previousBudget,
        Money budget,
        List<Round> rounds,
        int rulesVersion,
        Decision decision,
        Integer amendment,
        @JsonInclude(JsonInclude.Include.NON_NULL) AssessmentRules assessment,
        @JsonInclude(JsonInclude.Include.NON_NULL) ApplicationForm form,
        @JsonInclude(JsonInclude.Include.NON_NULL) PoolInformation information)
        implements PoolEvent {

    /** An amendment that leaves the pool's assessment rules, form and public information as they were. */
    public PoolAmended(
            PoolId poolId,
            Money previousBudget,
            Money budget,
            List<Round> rounds,
            int rulesVersion,
            Decision decision,
            Integer amendment) {
        this(poolId, previousBudget, budget, rounds, rulesVersion, decision, amendment, null, null, null);
    }

    /**
     * The pool's terms after this amendment: its rounds, and its assessment rules, form and public information where
     * it changed them.
     */
    public PoolTerms applyTo(PoolTerms terms) {
        return terms.withRounds(rounds)
                .withAssessment(assessment)
                .withForm(form)
                .withInformation(information);
    }
}

package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A pool manager proposed an amendment to a pool that needs a second signature; nothing changes until another pool
 * manager approves it. {@code budget} null keeps the budget, {@code assessment} null the assessment rules,
 * {@code form} null the application form, {@code information} null the pool's contact, questions and answers and
 * guidance documents.
 */
@Revision("1")
public record PoolAmendmentProposed(
        PoolId poolId,
        int amendment,
        Money budget,
        List<DeadlineChange> deadlineChanges,
        Decision decision,
        @JsonInclude(JsonInclude.Include.NON_NULL) AssessmentRules assessment,
        @JsonInclude(JsonInclude.Include.NON_NULL) ApplicationForm form,
        @JsonInclude(JsonInclude.Include.NON_NULL) PoolInformation information)
        implements PoolEvent {

    /** A proposal that leaves the pool's assessment rules, form and public information as they are. */
    public PoolAmendmentProposed(
            PoolId poolId, int amendment, Money budget, List<DeadlineChange> deadlineChanges, Decision decision) {
        this(poolId, amendment, budget, deadlineChanges, decision, null, null, null);
    }
}

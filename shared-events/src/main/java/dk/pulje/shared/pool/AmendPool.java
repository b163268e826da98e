package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a pool's budget, round deadlines, assessment rules, application form and/or the information its page
 * shows, always with a reason. {@code budget} null keeps the budget, {@code assessment} null the assessment rules,
 * {@code form} null the form (an empty form takes every question away), {@code information} null the contact,
 * questions and answers and guidance documents (given, it replaces them in full; {@link PoolInformation#NONE} takes
 * them all away).
 */
public record AmendPool(
        @TargetAggregateIdentifier PoolId poolId,
        Money budget,
        List<DeadlineChange> deadlineChanges,
        Actor actor,
        String reason,
        AssessmentRules assessment,
        ApplicationForm form,
        PoolInformation information) {

    public AmendPool {
        deadlineChanges = deadlineChanges == null ? List.of() : List.copyOf(deadlineChanges);
        if (budget == null && deadlineChanges.isEmpty() && assessment == null && form == null && information == null) {
            throw new InvalidValue(
                    "amendment.empty",
                    "An amendment changes the budget, a deadline, the assessment rules, the application form or the "
                            + "pool's contact, questions and answers and guidance documents");
        }
        if (budget != null && budget.isZero()) {
            throw new InvalidValue("pool.budget", "A pool needs a budget above 0");
        }
        reason = Reason.required(reason, "An amendment");
    }

    /** An amendment of budget and deadlines only. */
    public AmendPool(PoolId poolId, Money budget, List<DeadlineChange> deadlineChanges, Actor actor, String reason) {
        this(poolId, budget, deadlineChanges, actor, reason, null, null, null);
    }
}

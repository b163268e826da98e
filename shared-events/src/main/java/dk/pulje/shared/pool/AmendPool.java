package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a pool's budget, round deadlines and/or assessment rules, always with a reason. {@code budget} null keeps
 * the budget, {@code assessment} null the assessment rules.
 */
public record AmendPool(
        @TargetAggregateIdentifier PoolId poolId,
        Money budget,
        List<DeadlineChange> deadlineChanges,
        Actor actor,
        String reason,
        AssessmentRules assessment) {

    public AmendPool {
        deadlineChanges = deadlineChanges == null ? List.of() : List.copyOf(deadlineChanges);
        if (budget == null && deadlineChanges.isEmpty() && assessment == null) {
            throw new InvalidValue(
                    "amendment.empty", "An amendment changes the budget, a deadline or the assessment rules");
        }
        if (budget != null && budget.isZero()) {
            throw new InvalidValue("pool.budget", "A pool needs a budget above 0");
        }
        reason = Reason.required(reason, "An amendment");
    }

    /** An amendment of budget and deadlines only. */
    public AmendPool(PoolId poolId, Money budget, List<DeadlineChange> deadlineChanges, Actor actor, String reason) {
        this(poolId, budget, deadlineChanges, actor, reason, null);
    }
}

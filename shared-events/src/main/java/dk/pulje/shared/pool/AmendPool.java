package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a pool's budget and/or round deadlines, always with a reason. {@code budget} null keeps the budget.
 */
public record AmendPool(
        @TargetAggregateIdentifier PoolId poolId,
        Money budget,
        List<DeadlineChange> deadlineChanges,
        Actor actor,
        String reason) {

    public AmendPool {
        deadlineChanges = deadlineChanges == null ? List.of() : List.copyOf(deadlineChanges);
        if (budget == null && deadlineChanges.isEmpty()) {
            throw new InvalidValue("amendment.empty", "An amendment changes the budget or a deadline");
        }
        if (budget != null && budget.isZero()) {
            throw new InvalidValue("pool.budget", "A pool needs a budget above 0");
        }
        reason = Reason.required(reason, "An amendment");
    }
}

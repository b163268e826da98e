package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.programme.ProgrammeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drafts a new pool whose budget is drawn from a programme's envelope. A pool whose amendments need a second
 * signature changes budget or deadlines only when a second pool manager approves what the first proposed.
 */
public record DraftPool(@TargetAggregateIdentifier PoolId poolId,
                        ProgrammeId programmeId,
                        Money budget,
                        PoolTerms terms,
                        Actor actor,
                        String reason,
                        boolean amendmentsNeedSecondSignature) {

    public DraftPool {
        if (poolId == null || programmeId == null || terms == null || actor == null) {
            throw new InvalidValue("pool.draft", "A draft pool needs its id, programme, terms and actor");
        }
        if (budget == null || budget.isZero()) {
            throw new InvalidValue("pool.budget", "A pool needs a budget above 0");
        }
        if (terms.limits().minimum().isGreaterThan(budget)) {
            throw new InvalidValue("pool.limits", "The smallest grant cannot exceed the pool's budget");
        }
        reason = Reason.optional(reason);
    }

    public DraftPool(PoolId poolId, ProgrammeId programmeId, Money budget, PoolTerms terms, Actor actor,
                     String reason) {
        this(poolId, programmeId, budget, terms, actor, reason, false);
    }
}

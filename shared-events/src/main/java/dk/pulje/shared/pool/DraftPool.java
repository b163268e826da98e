package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.programme.ProgrammeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drafts a new pool whose budget is drawn from a programme's envelope. A pool whose amendments need a second
 * signature changes budget or deadlines only when a second pool manager approves what the first proposed.
 * {@code track} places the pool in one of its programme's tracks; {@code financeYears} say in which finance years its
 * budget belongs, where the programme's envelope is split by year.
 */
public record DraftPool(
        @TargetAggregateIdentifier PoolId poolId,
        ProgrammeId programmeId,
        Money budget,
        PoolTerms terms,
        Actor actor,
        String reason,
        boolean amendmentsNeedSecondSignature,
        String track,
        FinanceYears financeYears) {

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
        Money rounds = terms.rounds().stream()
                .map(Round::budget)
                .filter(b -> b != null)
                .reduce(Money.ZERO, Money::plus);
        if (rounds.isGreaterThan(budget)) {
            throw new InvalidValue(
                    "pool.round-budgets",
                    "The rounds' budgets add up to " + rounds + " kr., more than the pool's budget of " + budget
                            + " kr.");
        }
        reason = Reason.optional(reason);
        track = track == null || track.isBlank() ? null : Identifier.require(track, "A track's code");
        financeYears = financeYears == null ? FinanceYears.NONE : financeYears;
        if (!financeYears.isEmpty() && !financeYears.total().equals(budget)) {
            throw new InvalidValue(
                    "pool.finance-years",
                    "The finance years add up to " + financeYears.total() + " kr., not to the pool's budget of "
                            + budget + " kr.");
        }
    }

    /** A pool outside any track, with no second signature and a budget not split by finance year. */
    public DraftPool(
            PoolId poolId, ProgrammeId programmeId, Money budget, PoolTerms terms, Actor actor, String reason) {
        this(poolId, programmeId, budget, terms, actor, reason, false, null, null);
    }
}

package dk.pulje.command.programme;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.EstablishProgramme;
import dk.pulje.shared.programme.PoolBudgetAllocated;
import dk.pulje.shared.programme.PoolBudgetReallocated;
import dk.pulje.shared.programme.ProgrammeEstablished;
import dk.pulje.shared.programme.ProgrammeId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A programme owns one invariant: the budgets of its pools never add up to more than its envelope. */
@Aggregate(cache = "programmeCache")
class Programme {

    @AggregateIdentifier
    private ProgrammeId programmeId;
    private Money envelope;
    private final Map<PoolId, Money> poolBudgets = new HashMap<>();

    Programme() {
    }

    @CommandHandler
    Programme(EstablishProgramme command, Clock clock) {
        apply(new ProgrammeEstablished(command.programmeId(), command.name(), command.envelope(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    /** Sets part of the envelope aside for a new pool. */
    void allocate(PoolId poolId, Money budget, Actor actor, Instant now, String reason) {
        if (poolBudgets.containsKey(poolId)) {
            throw new EnvelopeExceeded("Pool " + poolId + " already has its budget from this programme");
        }
        requireRoomFor(allocated().plus(budget));
        apply(new PoolBudgetAllocated(programmeId, poolId, budget, Decision.by(actor, now, reason)));
    }

    /** Moves a pool's share of the envelope to its amended budget. */
    void reallocate(PoolId poolId, Money budget, Actor actor, Instant now, String reason) {
        Money previous = poolBudgets.get(poolId);
        requireRoomFor(allocated().minus(previous).plus(budget));
        apply(new PoolBudgetReallocated(programmeId, poolId, previous, budget, Decision.by(actor, now, reason)));
    }

    private void requireRoomFor(Money allocatedAfter) {
        if (allocatedAfter.isGreaterThan(envelope)) {
            throw new EnvelopeExceeded("The pools would hold " + allocatedAfter + " kr. of the programme's envelope of "
                    + envelope + " kr.");
        }
    }

    private Money allocated() {
        return poolBudgets.values().stream().reduce(Money.ZERO, Money::plus);
    }

    @EventSourcingHandler
    void on(ProgrammeEstablished event) {
        programmeId = event.programmeId();
        envelope = event.envelope();
    }

    @EventSourcingHandler
    void on(PoolBudgetAllocated event) {
        poolBudgets.put(event.poolId(), event.budget());
    }

    @EventSourcingHandler
    void on(PoolBudgetReallocated event) {
        poolBudgets.put(event.poolId(), event.budget());
    }
}

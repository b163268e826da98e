package dk.pulje.command.pool;

import dk.pulje.command.programme.ProgrammeFunds;
import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.ApprovePoolAmendment;
import dk.pulje.shared.pool.DraftPool;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Drafting a pool and amending its budget touch two invariants: the pool's (budget ≥ awarded) and its
 * programme's (Σ pool budgets ≤ envelope). Each aggregate checks its own; both change in one unit of work.
 */
@Component
class PoolFunding {

    private final Repository<Pool> pools;
    private final EventStore eventStore;
    private final ProgrammeFunds programmeFunds;
    private final Clock clock;

    PoolFunding(Repository<Pool> pools, EventStore eventStore, ProgrammeFunds programmeFunds, Clock clock) {
        this.pools = pools;
        this.eventStore = eventStore;
        this.programmeFunds = programmeFunds;
        this.clock = clock;
    }

    @CommandHandler
    void handle(DraftPool command) throws Exception {
        if (exists(command.poolId().toString())) {
            throw new AlreadyExists("A pool with the id " + command.poolId() + " exists already");
        }
        Instant now = clock.instant();
        programmeFunds.allocate(
                command.programmeId(),
                command.poolId(),
                command.budget(),
                command.track(),
                command.financeYears(),
                command.actor(),
                now,
                command.reason());
        pools.newInstance(() -> new Pool(command, now));
    }

    @CommandHandler
    void handle(AmendPool command, DeadlineManager deadlines) {
        Instant now = clock.instant();
        Aggregate<Pool> pool = pools.load(command.poolId().toString());
        Money before = pool.invoke(Pool::budget);
        if (pool.invoke(p -> p.amend(command, now, deadlines))) {
            followInProgramme(pool, before, command.budget(), command.actor(), now, command.reason());
        }
    }

    @CommandHandler
    void handle(ApprovePoolAmendment command, DeadlineManager deadlines) {
        Instant now = clock.instant();
        Aggregate<Pool> pool = pools.load(command.poolId().toString());
        Money before = pool.invoke(Pool::budget);
        ProposedAmendment approved = pool.invoke(p -> p.approve(command, now, deadlines));
        followInProgramme(pool, before, approved.budget(), command.actor(), now, approved.reason());
    }

    private void followInProgramme(
            Aggregate<Pool> pool, Money before, Money budget, Actor actor, Instant now, String reason) {
        if (budget != null && !budget.equals(before)) {
            programmeFunds.reallocate(
                    pool.invoke(Pool::programmeId), pool.invoke(Pool::poolId), budget, actor, now, reason);
        }
    }

    /**
     * Checked first: a pool id reused in another programme would otherwise only collide when appended. Asked of
     * the event store, not by loading the pool, which would log every new id as a missing aggregate.
     */
    private boolean exists(String poolId) {
        return eventStore.lastSequenceNumberFor(poolId).isPresent();
    }
}

package dk.pulje.command.pool;

import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.application.ReleaseAward;
import dk.pulje.shared.pool.ApproveAllocation;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The pool's port for awards, called in the caller's unit of work: the pool and what follows it change together or
 * not at all (docs/architecture.md, "Crossing aggregates").
 */
@Component
public class PoolAwards {

    private final Repository<Pool> pools;

    PoolAwards(Repository<Pool> pools) {
        this.pools = pools;
    }

    /** Applies the award to its pool, which checks budget, status and four eyes, and says what was awarded. */
    public Award award(AwardGrant command, Instant now) {
        return pools.load(command.poolId().toString()).invoke(pool -> pool.award(command, now));
    }

    /**
     * Applies a rejection changed to an award on reconsideration: the same checks of budget, round budget, earmarks,
     * request and four eyes as any award.
     */
    public Award awardOnReconsideration(AwardGrant command, Instant now) {
        return pools.load(command.poolId().toString()).invoke(pool -> pool.award(command, now, true));
    }

    /**
     * Changes an award's amount on reconsideration: the new amount holds the earmarks and stays within the request, a
     * raise is checked against what the pool's budget and the round's budget have left as an award is (only the
     * difference counts), and four eyes hold as for any decision; says what changed.
     */
    public AwardChanged changeOnReconsideration(AwardChange change, Instant now) {
        return pools.load(change.poolId().toString()).invoke(pool -> pool.change(change, now));
    }

    /**
     * Approves the pool's pending allocation: every award in it is made, with the same checks as one award, or none
     * is; says what was awarded, in the allocation's order.
     */
    public List<Award> approveAllocation(ApproveAllocation command, Instant now) {
        return pools.load(command.poolId().toString()).invoke(pool -> pool.approve(command, now));
    }

    /**
     * Tells the pool that money awarded on an application is no longer awarded; the pool's terms send it back to the
     * pool or to the state. A lapse or a closure asked twice changes nothing the second time.
     */
    public void release(ReleaseAward command, Instant now) {
        pools.load(command.poolId().toString()).execute(pool -> pool.release(command, now));
    }
}

package dk.pulje.command.grant;

import dk.pulje.command.pool.Award;
import dk.pulje.command.pool.PoolAwards;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.pool.ApproveAllocation;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * An award changes the pool (Σ awards ≤ budget) and opens the grant that follows it up: both in one unit of
 * work, so there is never an award without its grant or a grant without its award; an approved allocation makes
 * all its awards and opens all their grants in one unit of work, or none.
 */
@Component
class Granting {

    private final PoolAwards pools;
    private final Repository<Grant> grants;
    private final Clock clock;

    Granting(PoolAwards pools, Repository<Grant> grants, Clock clock) {
        this.pools = pools;
        this.grants = grants;
        this.clock = clock;
    }

    @CommandHandler
    void handle(AwardGrant command, DeadlineManager deadlines) throws Exception {
        OpenGrant grant = GrantPlan.open(pools.award(command, clock.instant()));
        grants.newInstance(() -> new Grant(grant, deadlines));
    }

    /** An approved allocation opens a grant for each of its awards, in the same unit of work: all or none. */
    @CommandHandler
    void handle(ApproveAllocation command, DeadlineManager deadlines) throws Exception {
        for (Award award : pools.approveAllocation(command, clock.instant())) {
            OpenGrant grant = GrantPlan.open(award);
            grants.newInstance(() -> new Grant(grant, deadlines));
        }
    }
}

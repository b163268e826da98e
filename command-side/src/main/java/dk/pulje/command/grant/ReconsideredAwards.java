package dk.pulje.command.grant;

import dk.pulje.command.pool.PoolAwards;
import dk.pulje.shared.application.AwardGrant;
import java.time.Clock;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The grant's port for a rejection changed to an award on reconsideration: the pool awards within its budget and the
 * grant that follows the award is opened, in the caller's unit of work, as {@link Granting} does for an award.
 */
@Component
public class ReconsideredAwards {

    private final PoolAwards pools;
    private final Repository<Grant> grants;
    private final DeadlineManager deadlines;
    private final Clock clock;

    ReconsideredAwards(PoolAwards pools, Repository<Grant> grants, DeadlineManager deadlines, Clock clock) {
        this.pools = pools;
        this.grants = grants;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public void award(AwardGrant command) throws Exception {
        OpenGrant grant = GrantPlan.open(pools.awardOnReconsideration(command, clock.instant()));
        grants.newInstance(() -> new Grant(grant, deadlines));
    }
}

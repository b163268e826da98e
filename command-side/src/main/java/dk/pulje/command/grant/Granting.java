package dk.pulje.command.grant;

import dk.pulje.command.pool.PoolAwards;
import dk.pulje.shared.application.AwardGrant;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * An award changes the pool (Σ awards ≤ budget) and opens the grant that follows it up: both in one unit of
 * work, so there is never an award without its grant or a grant without its award.
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
}

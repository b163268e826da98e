package dk.pulje.command.grant;

import dk.pulje.command.pool.AwardChange;
import dk.pulje.command.pool.PoolAwards;
import dk.pulje.shared.application.AwardChanged;
import dk.pulje.shared.application.AwardGrant;
import dk.pulje.shared.grant.GrantId;
import java.time.Clock;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The grant's port for decisions changed on reconsideration, in the caller's unit of work: a rejection changed to an
 * award (the pool awards within its budget and the grant that follows is opened, as {@link Granting} does for an
 * award), and an award's amount changed (the pool changes its award, and the grant follows).
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

    /**
     * The grant checks that it can follow the change (not lapsed or closed, no less than is paid), then the pool
     * changes its award within its budget, then the grant follows: all of it or, when any check refuses, nothing.
     */
    public void changeAmount(AwardChange change) {
        Aggregate<Grant> grant = grants.load(GrantId.of(change.applicationId()).toString());
        grant.execute(open -> open.requireAmountChangeable(change.amount()));
        AwardChanged changed = pools.changeOnReconsideration(change, clock.instant());
        grant.execute(open -> open.amountChanged(changed));
    }
}

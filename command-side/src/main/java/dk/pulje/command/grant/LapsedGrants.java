package dk.pulje.command.grant;

import dk.pulje.command.pool.PoolAwards;
import dk.pulje.shared.application.ReleaseAward;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.grant.GrantLapsed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * When a grant lapses its money returns to the pool. A subscribing processor: the pool is told through its port in
 * the unit of work (and transaction) that records the lapse, so the two never disagree.
 */
@Component
@ProcessingGroup(LapsedGrants.GROUP)
class LapsedGrants {

    static final String GROUP = "lapsed-grants";

    private final PoolAwards pools;
    private final Clock clock;

    LapsedGrants(PoolAwards pools, Clock clock) {
        this.pools = pools;
        this.clock = clock;
    }

    @EventHandler
    void on(GrantLapsed event) {
        pools.release(new ReleaseAward(event.poolId(), event.applicationId(), event.released(), Actor.system(),
                event.decision().reason()), clock.instant());
    }
}

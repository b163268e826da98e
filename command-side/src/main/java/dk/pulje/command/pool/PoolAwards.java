package dk.pulje.command.pool;

import dk.pulje.command.grant.OpenGrant;
import dk.pulje.shared.application.AwardGrant;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Awards from a pool, for the command handler that opens the grant in the same unit of work. */
@Component
public class PoolAwards {

    private final Repository<Pool> pools;

    PoolAwards(Repository<Pool> pools) {
        this.pools = pools;
    }

    /** Applies the award to its pool (which checks budget, status and four eyes) and says what grant it opens. */
    public OpenGrant award(AwardGrant command, Instant now) {
        return pools.load(command.poolId().toString()).invoke(pool -> pool.award(command, now));
    }
}

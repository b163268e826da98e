package dk.pulje.command.pool;

import dk.pulje.shared.pool.PoolId;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * An earlier pool's grantees as that pool's own state has them, loaded in the unit of work of the command that asks,
 * never from a read model; a pool with no events here has none.
 */
@Component
class PoolGrantees implements EarlierGrantees {

    private final Repository<Pool> pools;
    private final EventStore eventStore;

    PoolGrantees(Repository<Pool> pools, EventStore eventStore) {
        this.pools = pools;
        this.eventStore = eventStore;
    }

    @Override
    public Set<String> of(PoolId pool) {
        if (eventStore.lastSequenceNumberFor(pool.toString()).isEmpty()) {
            return Set.of();
        }
        return pools.load(pool.toString()).invoke(Pool::grantees);
    }
}

package dk.pulje.command.pool;

import dk.pulje.shared.pool.PoolAnnounced;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The pool's port for features that name pools, such as a meeting about them: whether a pool exists, and whether it
 * has been made public. Answered from the pool's own stream, without loading (and locking) the pool.
 */
@Component
public class PublicPools {

    private final EventStore eventStore;

    PublicPools(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean exists(PoolId pool) {
        return eventStore.lastSequenceNumberFor(pool.toString()).isPresent();
    }

    /** Announced or published at some time: listed to anyone since. */
    public boolean isPublic(PoolId pool) {
        return eventStore
                .readEvents(pool.toString(), 0)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .anyMatch(event -> event instanceof PoolAnnounced || event instanceof PoolPublished);
    }
}

package dk.pulje.query.audit;

import dk.pulje.shared.pool.PoolEvent;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An aggregate's stream as recorded, every event from sequence 0. {@code EventStore.readEvents(id)} begins at the
 * latest snapshot, which serves command handling only: a snapshot is the command side's own state, unknown here,
 * and an audit that began at one would silently drop every earlier decision.
 */
@Component
public class WholeStream {

    private final EventStore eventStore;

    WholeStream(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<? extends DomainEventMessage<?>> of(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().toList();
    }

    /**
     * The pool's stream, or nothing when the id names no pool: a pool's paths must not show a meeting's attendees or
     * any other stream, and ids of every kind share one namespace in the event store. A stream a pool began is one.
     */
    public List<? extends DomainEventMessage<?>> ofPool(PoolId poolId) {
        List<? extends DomainEventMessage<?>> stream = of(poolId.value());
        return !stream.isEmpty() && stream.get(0).getPayload() instanceof PoolEvent ? stream : List.of();
    }
}

package dk.pulje.query.audit;

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
}

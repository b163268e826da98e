package dk.pulje.query.infra;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Where the event store's last event stands in its global order: no consistency token can be beyond it. */
@Component
public class EventStoreHead {

    private final EventStore eventStore;

    EventStoreHead(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The global position of the last event stored; -1 when there is none. */
    public long position() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}

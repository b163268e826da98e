package dk.pulje.query.audit;

import dk.pulje.shared.pool.PoolEvent;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * An aggregate's stream as recorded, read from the events themselves from a given sequence (0 for all of it).
 * {@code EventStore.readEvents(id)} begins at the latest snapshot, which serves command handling only: a snapshot is
 * the command side's own state, unknown here, and an audit that began at one would silently drop every earlier
 * decision. {@code readEvents(id, sequence)} reads the stored events from that sequence on, never a snapshot, and
 * lazily, batch by batch: a page of a long history reads the events of its page, not the whole stream.
 */
@Component
public class WholeStream {

    private final EventStore eventStore;

    WholeStream(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<? extends DomainEventMessage<?>> of(String aggregateId) {
        return from(aggregateId, 0).toList();
    }

    /** The stream's events from {@code firstSequence} on, read as they are consumed. */
    public Stream<? extends DomainEventMessage<?>> from(String aggregateId, long firstSequence) {
        return eventStore.readEvents(aggregateId, firstSequence).asStream();
    }

    /** The sequence of the stream's last event; none when there is no such stream. */
    public Optional<Long> lastSequence(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId);
    }

    /**
     * The pool's stream, or nothing when the id names no pool: a pool's paths must not show a meeting's attendees or
     * any other stream, and ids of every kind share one namespace in the event store. A stream a pool began is one.
     */
    public List<? extends DomainEventMessage<?>> ofPool(PoolId poolId) {
        List<? extends DomainEventMessage<?>> stream = of(poolId.value());
        return !stream.isEmpty() && stream.get(0).getPayload() instanceof PoolEvent ? stream : List.of();
    }

    /** Whether a pool began the stream with this id: one event read, however long the stream. */
    public boolean isPool(PoolId poolId) {
        return from(poolId.value(), 0)
                .findFirst()
                .map(first -> first.getPayload() instanceof PoolEvent)
                .orElse(false);
    }
}

package dk.pulje.query;

import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.ProgrammeId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Appends events to the app's own event store as the command side would: each to its aggregate's stream, at the
 * next sequence number, so projections see exactly what they see in production.
 */
final class EventLog {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    EventLog(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Appends to a programme's stream; answers the global index of the last event, its consistency token. */
    long programme(ProgrammeId programmeId, Object... events) {
        return append("Programme", programmeId.value(), events);
    }

    /** Appends to a pool's stream, which also holds its applications' events. */
    long pool(PoolId poolId, Object... events) {
        return append("Pool", poolId.value(), events);
    }

    /** Appends to a grant's stream. */
    long grant(GrantId grantId, Object... events) {
        return append("Grant", grantId.toString(), events);
    }

    long lastPosition() {
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return last == null ? -1 : last;
    }

    private long append(String aggregateType, String aggregateId, Object... events) {
        long sequence = eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence++, event));
        }
        eventStore.publish(messages);
        return jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?", Long.class,
                messages.get(messages.size() - 1).getIdentifier());
    }
}

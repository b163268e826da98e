package dk.pulje.query.audit.chain;

import dk.pulje.query.infra.Databases;
import dk.pulje.query.infra.ProcessingGroups;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains every event of the event store as the event stream delivers it, on either store: its fields, and payload and
 * metadata in the serialized form the store handed out, never deserialized ({@link StoredEvent#of}), at its position
 * ({@link StoredEvents#positioned}). The processor has one segment, so events come one at a time in the order the
 * store hands them out: global order, except that on the JDBC store an event whose transaction committed after a
 * later event's comes when it appears, and is chained then. A batch of events is chained when it is about to commit,
 * in the order its events came: its links computed in memory and written in one JDBC batch, and the head moved once.
 * Each batch locks the head row first, so even two writers at once (a second node briefly holding the segment, an
 * event delivered again) cannot fork the chain. Not a projection: nothing resets it, and a link once written never
 * changes.
 */
@Component
@ProcessingGroup(ProcessingGroups.EVENT_CHAIN)
class EventChainAppender {

    private static final String BATCH = EventChainAppender.class.getName() + ".batch";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transaction;
    private final StoredEvents storedEvents;
    private final boolean onPostgres;

    EventChainAppender(JdbcTemplate jdbc, PlatformTransactionManager transactions, StoredEvents storedEvents) {
        this.jdbc = jdbc;
        this.storedEvents = storedEvents;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.onPostgres = Databases.isPostgres(jdbc);
    }

    /** Takes no payload, so none is deserialized: the link covers the serialized form. */
    @EventHandler(payloadType = Object.class)
    void on(TrackedEventMessage<?> event) {
        StoredEvent stored = StoredEvent.of(event);
        if (!CurrentUnitOfWork.isStarted()) {
            transaction.executeWithoutResult(status -> append(List.of(stored)));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<Map<String, StoredEvent>>getOrComputeResource(BATCH, key -> {
                    Map<String, StoredEvent> events = new LinkedHashMap<>();
                    batch.onPrepareCommit(unitOfWork -> append(events.values()));
                    return events;
                })
                .putIfAbsent(stored.eventIdentifier(), stored);
    }

    private void append(Collection<StoredEvent> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        Head head = jdbc.queryForObject(
                "SELECT chain_sequence, link FROM event_chain_head WHERE id = 1 FOR UPDATE",
                (row, index) -> new Head(row.getLong("chain_sequence"), row.getString("link")));
        List<StoredEvent> positioned = storedEvents.positioned(delivered);
        Set<Long> chained = chained(positioned);
        List<StoredEvent> events = positioned.stream()
                .filter(event -> !chained.contains(event.globalIndex()))
                .toList();
        List<Object[]> links = new ArrayList<>();
        long sequence = head.sequence();
        String link = head.link();
        for (StoredEvent event : events) {
            link = ChainLink.next(link, event);
            sequence++;
            links.add(new Object[] {event.globalIndex(), event.eventIdentifier(), sequence, link});
        }
        if (links.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "INSERT INTO event_chain (global_index, event_identifier, chain_sequence, link)"
                        + " VALUES (?, ?, ?, ?)",
                links);
        jdbc.update("UPDATE event_chain_head SET chain_sequence = ?, link = ? WHERE id = 1", sequence, link);
    }

    /**
     * Which of these events have their link already (delivered again, or chained by another node that held the
     * segment a moment): only those at or below the last position chained need looking up, so a replay, whose events
     * come in order, looks up none.
     */
    private Set<Long> chained(List<StoredEvent> events) {
        Long last = jdbc.queryForObject("SELECT MAX(global_index) FROM event_chain", Long.class);
        List<Long> earlier = events.stream()
                .map(StoredEvent::globalIndex)
                .filter(position -> last != null && position <= last)
                .toList();
        if (earlier.isEmpty()) {
            return Set.of();
        }
        if (onPostgres) {
            // The look-up is a prepared statement, whose plan PostgreSQL settles after a few runs and keeps: settled
            // while the chain was short (a new store, a rebuilt one), it scanned the whole table for every batch.
            jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        }
        Set<Long> chained = new HashSet<>(named.queryForList(
                "SELECT global_index FROM event_chain WHERE global_index IN (:positions)",
                Map.of("positions", earlier),
                Long.class));
        if (onPostgres) {
            jdbc.execute("SET LOCAL plan_cache_mode = auto");
        }
        return chained;
    }

    private record Head(long sequence, String link) {}
}

package dk.pulje.query.audit.chain;

import dk.pulje.query.infra.ProcessingGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chains every event of the event store, reading its row as stored. The processor has one segment, so events come
 * one at a time in the order the store hands them out: global order, except that an event whose transaction
 * committed after a later event's comes when it appears, and is chained then. A batch of events is chained when it
 * is about to commit, in the order its events came: its rows read in one query, its links computed in memory and
 * written in one JDBC batch, and the head moved once. Each batch locks the head row first, so even two writers at
 * once (a second node briefly holding the segment, an event delivered again) cannot fork the chain. Not a
 * projection: nothing resets it, and a link once written never changes.
 */
@Component
@ProcessingGroup(ProcessingGroups.EVENT_CHAIN)
@OnJdbcEventStore
class EventChainAppender {

    private static final String BATCH = EventChainAppender.class.getName() + ".batch";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transaction;

    EventChainAppender(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Takes no payload, so none is deserialized: the link covers the stored row, read again at commit. */
    @EventHandler(payloadType = Object.class)
    void on(@MessageIdentifier String eventIdentifier) {
        if (!CurrentUnitOfWork.isStarted()) {
            transaction.executeWithoutResult(status -> append(List.of(eventIdentifier)));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<Set<String>>getOrComputeResource(BATCH, key -> {
            Set<String> events = new LinkedHashSet<>();
            batch.onPrepareCommit(unitOfWork -> append(events));
            return events;
        }).add(eventIdentifier);
    }

    private void append(Collection<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return;
        }
        Head head = jdbc.queryForObject("SELECT chain_sequence, link FROM event_chain_head WHERE id = 1 FOR UPDATE",
                (row, index) -> new Head(row.getLong("chain_sequence"), row.getString("link")));
        Set<String> chained = new HashSet<>(named.queryForList(
                "SELECT event_identifier FROM event_chain WHERE event_identifier IN (:events)",
                Map.of("events", eventIdentifiers), String.class));
        Map<String, StoredEvent> stored = named.query("SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry e"
                        + " WHERE e.eventIdentifier IN (:events)", Map.of("events", eventIdentifiers),
                (row, index) -> StoredEvent.read(row)).stream()
                .collect(Collectors.toMap(StoredEvent::eventIdentifier, Function.identity()));
        List<Object[]> links = new ArrayList<>();
        long sequence = head.sequence();
        String link = head.link();
        for (String eventIdentifier : eventIdentifiers) {
            if (chained.contains(eventIdentifier)) {
                continue;
            }
            StoredEvent event = stored.get(eventIdentifier);
            if (event == null) {
                throw new IllegalStateException("Event " + eventIdentifier + " is not in the event store");
            }
            link = ChainLink.next(link, event);
            sequence++;
            links.add(new Object[]{event.globalIndex(), eventIdentifier, sequence, link});
        }
        if (links.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO event_chain (global_index, event_identifier, chain_sequence, link)"
                + " VALUES (?, ?, ?, ?)", links);
        jdbc.update("UPDATE event_chain_head SET chain_sequence = ?, link = ? WHERE id = 1", sequence, link);
    }

    private record Head(long sequence, String link) {
    }
}

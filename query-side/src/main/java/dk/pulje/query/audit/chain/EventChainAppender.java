package dk.pulje.query.audit.chain;

import dk.pulje.query.infra.ProcessingGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains every event of the event store, reading its row as stored. The processor has one segment, so events come
 * one at a time in the order the store hands them out: global order, except that an event whose transaction
 * committed after a later event's comes when it appears, and is chained then. Each append locks the head row, so
 * even two writers at once (a second node briefly holding the segment, an event delivered again) cannot fork the
 * chain. Not a projection: nothing resets it, and a link once written never changes.
 */
@Component
@ProcessingGroup(ProcessingGroups.EVENT_CHAIN)
@OnJdbcEventStore
class EventChainAppender {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    EventChainAppender(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventHandler
    void on(Object anyEvent, @MessageIdentifier String eventIdentifier) {
        transaction.executeWithoutResult(status -> append(eventIdentifier));
    }

    private void append(String eventIdentifier) {
        Head head = jdbc.queryForObject("SELECT chain_sequence, link FROM event_chain_head WHERE id = 1 FOR UPDATE",
                (row, index) -> new Head(row.getLong("chain_sequence"), row.getString("link")));
        Long chained = jdbc.queryForObject("SELECT COUNT(*) FROM event_chain WHERE event_identifier = ?", Long.class,
                eventIdentifier);
        if (chained != null && chained > 0) {
            return;
        }
        StoredEvent event = jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry e"
                        + " WHERE e.eventIdentifier = ?", (row, index) -> StoredEvent.read(row), eventIdentifier)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Event " + eventIdentifier + " is not in the event store"));
        String link = ChainLink.next(head.link(), event);
        long sequence = head.sequence() + 1;
        jdbc.update("INSERT INTO event_chain (global_index, event_identifier, chain_sequence, link) VALUES (?, ?, ?, ?)",
                event.globalIndex(), eventIdentifier, sequence, link);
        jdbc.update("UPDATE event_chain_head SET chain_sequence = ?, link = ? WHERE id = 1", sequence, link);
    }

    private record Head(long sequence, String link) {
    }
}

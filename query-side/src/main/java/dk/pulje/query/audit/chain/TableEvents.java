package dk.pulje.query.audit.chain;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The JDBC store's events, read from its table by SQL, not through Axon's event store: that keeps recent events in
 * memory, and verifying must see the rows as they stand now.
 */
@Component
@OnJdbcEventStore
class TableEvents implements StoredEvents {

    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    TableEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public List<StoredEvent> positioned(Collection<StoredEvent> delivered) {
        Set<String> unsure = unsure(delivered);
        if (unsure.isEmpty()) {
            return List.copyOf(delivered);
        }
        Map<String, Long> positions = new HashMap<>();
        named.query(
                "SELECT eventIdentifier, globalIndex FROM DomainEventEntry WHERE eventIdentifier IN (:events)",
                Map.of("events", List.copyOf(unsure)),
                row -> {
                    positions.put(row.getString(1), row.getLong(2));
                });
        return delivered.stream()
                .map(event -> !unsure.contains(event.eventIdentifier())
                        ? event
                        : event.at(Optional.ofNullable(positions.get(event.eventIdentifier()))
                                .orElseThrow(() -> new IllegalStateException(
                                        "Event " + event.eventIdentifier() + " is not in the event store"))))
                .toList();
    }

    /**
     * The events whose position the stream may not have told: an event's token holds the highest position seen, which
     * is the event's own where it is higher than the token of the event delivered just before it. The first event is
     * unsure, and so is one that came after a later one (its transaction committed after that one's).
     */
    private static Set<String> unsure(Collection<StoredEvent> delivered) {
        Set<String> unsure = new LinkedHashSet<>();
        long highest = -1;
        for (StoredEvent event : delivered) {
            if (unsure.isEmpty() || event.globalIndex() <= highest) {
                unsure.add(event.eventIdentifier());
            }
            highest = Math.max(highest, event.globalIndex());
        }
        return unsure;
    }

    /** Read {@value #PAGE} positions a query, so a pool of any size stays within the database's parameters. */
    @Override
    public Map<Long, StoredEvent> at(Collection<Long> positions) {
        List<Long> all = List.copyOf(positions);
        Map<Long, StoredEvent> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += PAGE) {
            named.query(
                            "SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry e"
                                    + " WHERE e.globalIndex IN (:positions)",
                            Map.of("positions", all.subList(from, Math.min(from + PAGE, all.size()))),
                            (row, index) -> StoredEvent.read(row))
                    .forEach(event -> found.put(event.globalIndex(), event));
        }
        return found;
    }

    @Override
    public List<String> identifiersOf(String aggregateIdentifier) {
        return jdbc.queryForList(
                "SELECT eventIdentifier FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                        + " ORDER BY sequenceNumber",
                String.class,
                aggregateIdentifier);
    }

    @Override
    public Optional<StoredEvent> firstUnchainedBelow(long position) {
        return jdbc
                .query(
                        "SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry e WHERE e.globalIndex < ?"
                                + " AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.global_index = e.globalIndex)"
                                + " ORDER BY e.globalIndex FETCH FIRST 1 ROWS ONLY",
                        (row, index) -> StoredEvent.read(row),
                        position)
                .stream()
                .findFirst();
    }
}

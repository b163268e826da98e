package dk.pulje.query.audit.chain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        if (delivered.isEmpty()) {
            return List.of();
        }
        Map<String, Long> positions = new HashMap<>();
        named.query(
                "SELECT eventIdentifier, globalIndex FROM DomainEventEntry WHERE eventIdentifier IN (:events)",
                Map.of(
                        "events",
                        delivered.stream().map(StoredEvent::eventIdentifier).toList()),
                row -> {
                    positions.put(row.getString(1), row.getLong(2));
                });
        return delivered.stream()
                .map(event -> event.at(Optional.ofNullable(positions.get(event.eventIdentifier()))
                        .orElseThrow(() -> new IllegalStateException(
                                "Event " + event.eventIdentifier() + " is not in the event store"))))
                .toList();
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

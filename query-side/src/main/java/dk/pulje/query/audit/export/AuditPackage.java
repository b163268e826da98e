package dk.pulje.query.audit.export;

import dk.pulje.query.audit.chain.ChainAnchor;
import dk.pulje.query.audit.chain.ChainAnchors;
import dk.pulje.query.audit.chain.ChainHead;
import dk.pulje.query.audit.chain.ChainLink;
import dk.pulje.query.audit.chain.OnJdbcEventStore;
import dk.pulje.query.audit.chain.StoredEvent;
import dk.pulje.query.web.NotFound;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pool's complete history as one file an auditor can take away and check without Pulje (docs/audit.md): a JSON
 * line per event of the pool's stream, read from the event store's rows with the link each was chained on and its
 * own, and the aggregates and content hashes of the other events chained between them and after the last, up to the
 * head; then a closing
 * line with the head, anchored when the file was made.
 */
@Component
@OnJdbcEventStore
class AuditPackage {

    private static final int PAGE = 500;
    private static final String POOL_EVENTS = "SELECT " + StoredEvent.COLUMNS
            + ", c.chain_sequence, c.link, p.link AS previous_link FROM DomainEventEntry e"
            + " LEFT JOIN event_chain c ON c.global_index = e.globalIndex"
            + " LEFT JOIN event_chain p ON p.chain_sequence = c.chain_sequence - 1"
            + " WHERE e.aggregateIdentifier = ? ORDER BY e.sequenceNumber";
    private static final String CHAINED = "SELECT c.chain_sequence, c.global_index, " + StoredEvent.COLUMNS
            + " FROM event_chain c LEFT JOIN DomainEventEntry e ON e.globalIndex = c.global_index"
            + " WHERE c.chain_sequence > ? AND c.chain_sequence <= ? ORDER BY c.chain_sequence"
            + " FETCH FIRST " + PAGE + " ROWS ONLY";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ChainAnchors anchors;
    private final Clock clock;

    AuditPackage(JdbcTemplate jdbc, JsonMapper json, ChainAnchors anchors, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.anchors = anchors;
        this.clock = clock;
    }

    /** The package of one pool, in UTF-8; every one of its events must be chained already. */
    byte[] of(PoolId poolId) {
        List<PoolEvent> events = jdbc.query(POOL_EVENTS, AuditPackage::poolEvent, poolId.value());
        if (events.isEmpty() || !events.get(0).event().payloadType().equals(PoolDrafted.class.getName())) {
            throw new NotFound("No pool has the id " + poolId);
        }
        events.stream().filter(event -> event.link() == null).findFirst().ifPresent(unchained -> {
            throw new NotYetChained("The hash chain has not yet reached event " + unchained.event().eventIdentifier()
                    + " at position " + unchained.event().globalIndex() + "; try again in a moment");
        });
        Optional<ChainAnchor> anchor = anchors.anchor();
        ChainHead head = anchor.map(a -> new ChainHead(a.chainSequence(), a.position(), a.head()))
                .orElseGet(() -> ChainHead.read(jdbc).orElseThrow());
        Map<Long, List<Connector>> followedBy = hashesAfter(events, head);
        StringBuilder file = new StringBuilder();
        events.forEach(event -> file.append(event.line(followedBy.get(event.chainSequence())).toJson(json))
                .append('\n'));
        file.append(json.writeValueAsString(new PackageTrailer(poolId.value(), events.size(), clock.instant(),
                ChainLink.FORMAT, head.chainSequence(), head.position(), head.link(),
                anchor.map(ChainAnchor::at).orElse(null), anchor.map(ChainAnchor::mac).orElse(null)))).append('\n');
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * For each of the pool's events, by its number in the chain: the connectors of the other events chained after
     * it, up to the pool's next event or the head.
     */
    private Map<Long, List<Connector>> hashesAfter(List<PoolEvent> events, ChainHead head) {
        Map<Long, List<Connector>> followedBy = new HashMap<>();
        events.forEach(event -> followedBy.put(event.chainSequence(), new ArrayList<>()));
        long after = events.stream().mapToLong(PoolEvent::chainSequence).min().orElseThrow();
        List<Connector> current = followedBy.get(after);
        List<Chained> page;
        do {
            page = jdbc.query(CHAINED, AuditPackage::chained, after, head.chainSequence());
            for (Chained chained : page) {
                if (followedBy.containsKey(chained.sequence())) {
                    current = followedBy.get(chained.sequence());
                } else if (chained.event() == null) {
                    throw new IllegalStateException("The event chained as link " + chained.sequence() + " at position "
                            + chained.globalIndex() + " is gone from the event store: verify the chain");
                } else {
                    current.add(new Connector(chained.event().aggregateIdentifier(),
                            ChainLink.contentHash(chained.event())));
                }
                after = chained.sequence();
            }
        } while (page.size() == PAGE);
        return followedBy;
    }

    private static PoolEvent poolEvent(ResultSet row, int index) throws SQLException {
        long sequence = row.getLong("chain_sequence");
        boolean chained = !row.wasNull();
        String previous = sequence == 0 && chained ? ChainLink.GENESIS : row.getString("previous_link");
        return new PoolEvent(StoredEvent.read(row), chained ? sequence : -1, previous, row.getString("link"));
    }

    private static Chained chained(ResultSet row, int index) throws SQLException {
        return new Chained(row.getLong("chain_sequence"), row.getLong("global_index"), StoredEvent.read(row));
    }

    private record PoolEvent(StoredEvent event, long chainSequence, String previousLink, String link) {

        EventLine line(List<Connector> followedBy) {
            return new EventLine(event, chainSequence, previousLink, link, List.copyOf(followedBy));
        }
    }

    /** A link's number and position, with the event now there (null when it is gone). */
    private record Chained(long sequence, long globalIndex, StoredEvent event) {
    }
}

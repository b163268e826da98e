package dk.pulje.query.audit.export;

import dk.pulje.query.audit.WholeStream;
import dk.pulje.query.audit.chain.ChainAnchor;
import dk.pulje.query.audit.chain.ChainAnchors;
import dk.pulje.query.audit.chain.ChainHead;
import dk.pulje.query.audit.chain.ChainLink;
import dk.pulje.query.audit.chain.StoredEvent;
import dk.pulje.query.audit.chain.StoredEvents;
import dk.pulje.query.web.NotFound;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pool's complete history as one file an auditor can take away and check without Pulje (docs/audit.md): a JSON
 * line per event of the pool's stream, read back from the event store as stored ({@link StoredEvents}, on either
 * store) with the link each was chained on and its own, and the aggregates and content hashes of the other events
 * chained between them and after the last, up to the head; then a closing line with the head, anchored when the file
 * was made.
 */
@Component
class AuditPackage {

    private static final int PAGE = 500;
    private static final String POOL_LINKS = "SELECT c.event_identifier, c.chain_sequence, c.global_index, c.link,"
            + " p.link AS previous_link FROM event_chain c"
            + " LEFT JOIN event_chain p ON p.chain_sequence = c.chain_sequence - 1"
            + " WHERE c.event_identifier IN (:events)";
    private static final String CHAINED = "SELECT c.chain_sequence, c.global_index FROM event_chain c"
            + " WHERE c.chain_sequence > ? AND c.chain_sequence <= ? ORDER BY c.chain_sequence"
            + " FETCH FIRST " + PAGE + " ROWS ONLY";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final StoredEvents storedEvents;
    private final JsonMapper json;
    private final ChainAnchors anchors;
    private final Clock clock;
    private final WholeStream streams;

    AuditPackage(
            JdbcTemplate jdbc,
            StoredEvents storedEvents,
            JsonMapper json,
            ChainAnchors anchors,
            Clock clock,
            WholeStream streams) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.storedEvents = storedEvents;
        this.json = json;
        this.anchors = anchors;
        this.clock = clock;
        this.streams = streams;
    }

    /** The package of one pool, in UTF-8; every one of its events must be chained already. */
    byte[] of(PoolId poolId) {
        List<PoolEvent> events = poolEvents(poolId);
        Optional<ChainAnchor> anchor = anchors.anchor();
        ChainHead head = anchor.map(a -> new ChainHead(a.chainSequence(), a.position(), a.head()))
                .orElseGet(() -> ChainHead.read(jdbc).orElseThrow());
        Map<Long, List<Connector>> followedBy = hashesAfter(events, head);
        StringBuilder file = new StringBuilder();
        events.forEach(event -> file.append(
                        event.line(followedBy.get(event.chainSequence())).toJson(json))
                .append('\n'));
        file.append(json.writeValueAsString(new PackageTrailer(
                        poolId.value(),
                        events.size(),
                        clock.instant(),
                        ChainLink.FORMAT,
                        head.chainSequence(),
                        head.position(),
                        head.link(),
                        anchor.map(ChainAnchor::at).orElse(null),
                        anchor.map(ChainAnchor::mac).orElse(null))))
                .append('\n');
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The pool's events in its stream's order, each with its links; not found when no pool has the id. */
    private List<PoolEvent> poolEvents(PoolId poolId) {
        // Asked of the stream itself first: the chain may not have reached a meeting's or programme's first event.
        if (!streams.isPool(poolId)) {
            throw new NotFound("No pool has the id " + poolId);
        }
        List<String> identifiers = storedEvents.identifiersOf(poolId.value());
        if (identifiers.isEmpty()) {
            throw new NotFound("No pool has the id " + poolId);
        }
        Map<String, PoolEvent> chained = new HashMap<>();
        for (int from = 0; from < identifiers.size(); from += PAGE) {
            named.query(
                            POOL_LINKS,
                            Map.of("events", identifiers.subList(from, Math.min(from + PAGE, identifiers.size()))),
                            AuditPackage::poolLink)
                    .forEach(link -> chained.put(link.event().eventIdentifier(), link));
        }
        Map<Long, StoredEvent> stored = storedEvents.at(chained.values().stream()
                .map(link -> link.event().globalIndex())
                .toList());
        List<PoolEvent> events = new ArrayList<>();
        for (String identifier : identifiers) {
            PoolEvent link = chained.get(identifier);
            StoredEvent event = link == null ? null : stored.get(link.event().globalIndex());
            if (events.isEmpty() && event != null && !event.payloadType().equals(PoolDrafted.class.getName())) {
                throw new NotFound("No pool has the id " + poolId);
            }
            if (link == null) {
                throw new NotYetChained(
                        "The hash chain has not yet reached event " + identifier + "; try again in a moment");
            }
            if (event == null || !event.eventIdentifier().equals(identifier)) {
                throw new IllegalStateException("The event " + identifier + " chained as link " + link.chainSequence()
                        + " at position " + link.event().globalIndex() + " is gone from the event store: verify"
                        + " the chain");
            }
            events.add(link.with(event));
        }
        return events;
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
            page = chained(after, head.chainSequence());
            for (Chained chained : page) {
                if (followedBy.containsKey(chained.sequence())) {
                    current = followedBy.get(chained.sequence());
                } else if (chained.event() == null) {
                    throw new IllegalStateException("The event chained as link " + chained.sequence() + " at position "
                            + chained.globalIndex() + " is gone from the event store: verify the chain");
                } else {
                    current.add(new Connector(
                            chained.event().aggregateIdentifier(), ChainLink.contentHash(chained.event())));
                }
                after = chained.sequence();
            }
        } while (page.size() == PAGE);
        return followedBy;
    }

    /** A page of the links after {@code after} up to {@code last}, each with the event now at its position. */
    private List<Chained> chained(long after, long last) {
        List<Chained> links = jdbc.query(
                CHAINED,
                (row, index) -> new Chained(row.getLong("chain_sequence"), row.getLong("global_index"), null),
                after,
                last);
        Map<Long, StoredEvent> stored =
                storedEvents.at(links.stream().map(Chained::globalIndex).toList());
        return links.stream()
                .map(link -> new Chained(link.sequence(), link.globalIndex(), stored.get(link.globalIndex())))
                .toList();
    }

    /** A link of the pool's events; its event holds only its identifier and position until read. */
    private static PoolEvent poolLink(ResultSet row, int index) throws SQLException {
        long sequence = row.getLong("chain_sequence");
        String previous = sequence == 0 ? ChainLink.GENESIS : row.getString("previous_link");
        StoredEvent event = new StoredEvent(
                row.getLong("global_index"),
                row.getString("event_identifier"),
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                null);
        return new PoolEvent(event, sequence, previous, row.getString("link"));
    }

    private record PoolEvent(StoredEvent event, long chainSequence, String previousLink, String link) {

        PoolEvent with(StoredEvent stored) {
            return new PoolEvent(stored, chainSequence, previousLink, link);
        }

        EventLine line(List<Connector> followedBy) {
            return new EventLine(event, chainSequence, previousLink, link, List.copyOf(followedBy));
        }
    }

    /** A link's number and position, with the event now there (null when it is gone). */
    private record Chained(long sequence, long globalIndex, StoredEvent event) {}
}

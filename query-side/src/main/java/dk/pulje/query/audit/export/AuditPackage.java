package dk.pulje.query.audit.export;

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
import java.time.Instant;
import java.util.List;

/**
 * A pool's complete history as one file an auditor can take away and check without Pulje (docs/audit.md): a JSON
 * line per event of the pool's stream, read from the event store's rows with the link each was chained on and its
 * own, then a closing line with the chain's head when the file was made.
 */
@Component
@OnJdbcEventStore
class AuditPackage {

    private static final String POOL_EVENTS = "SELECT " + StoredEvent.COLUMNS
            + ", c.chain_sequence, c.link, p.link AS previous_link FROM DomainEventEntry e"
            + " LEFT JOIN event_chain c ON c.global_index = e.globalIndex"
            + " LEFT JOIN event_chain p ON p.chain_sequence = c.chain_sequence - 1"
            + " WHERE e.aggregateIdentifier = ? ORDER BY e.sequenceNumber";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditPackage(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The package of one pool, in UTF-8; every one of its events must be chained already. */
    byte[] of(PoolId poolId) {
        List<EventLine> events = jdbc.query(POOL_EVENTS, AuditPackage::line, poolId.value());
        if (events.isEmpty() || !events.get(0).event().payloadType().equals(PoolDrafted.class.getName())) {
            throw new NotFound("No pool has the id " + poolId);
        }
        events.stream().filter(event -> event.link() == null).findFirst().ifPresent(unchained -> {
            throw new NotYetChained("The hash chain has not yet reached event " + unchained.event().eventIdentifier()
                    + " at position " + unchained.event().globalIndex() + "; try again in a moment");
        });
        StringBuilder file = new StringBuilder();
        events.forEach(event -> file.append(event.toJson(json)).append('\n'));
        file.append(json.writeValueAsString(trailer(poolId, events.size()))).append('\n');
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private PackageTrailer trailer(PoolId poolId, int events) {
        long position = jdbc.queryForObject("SELECT MAX(global_index) FROM event_chain", Long.class);
        String head = jdbc.queryForObject("SELECT link FROM event_chain WHERE chain_sequence = "
                + "(SELECT MAX(chain_sequence) FROM event_chain)", String.class);
        return new PackageTrailer(poolId.value(), events, Instant.now(), position, head);
    }

    private static EventLine line(ResultSet row, int index) throws SQLException {
        long sequence = row.getLong("chain_sequence");
        String previous = sequence == 0 && !row.wasNull() ? ChainLink.GENESIS : row.getString("previous_link");
        return new EventLine(StoredEvent.read(row), previous, row.getString("link"));
    }
}

package dk.pulje.query.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the event store's {@code DomainEventEntry} table with every column as stored: the bytes the hash chain
 * covers. The arrays make equality by identity; compare links, not stored events.
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData) {

    /** The columns {@link #read} reads, for the select list of a query on {@code DomainEventEntry e}. */
    public static final String COLUMNS = "e.globalIndex, e.eventIdentifier, e.aggregateIdentifier, e.sequenceNumber, "
            + "e.type, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData";

    /** The event in the current row, or null where an outer join found none. */
    public static StoredEvent read(ResultSet row) throws SQLException {
        String eventIdentifier = row.getString("eventIdentifier");
        if (eventIdentifier == null) {
            return null;
        }
        return new StoredEvent(row.getLong("globalIndex"), eventIdentifier, row.getString("aggregateIdentifier"),
                row.getLong("sequenceNumber"), row.getString("type"), row.getString("timeStamp"),
                row.getString("payloadType"), row.getString("payloadRevision"), row.getBytes("payload"),
                row.getBytes("metaData"));
    }
}

package dk.pulje.query.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.SerializedObject;

/**
 * One event of the event store with every field as stored: the bytes the hash chain covers. The same whether read
 * from a row of the JDBC store's {@code DomainEventEntry} table or from the event stream of either store
 * ({@link #of}). The arrays make equality by identity; compare links, not stored events.
 */
public record StoredEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        String timeStamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
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
        return new StoredEvent(
                row.getLong("globalIndex"),
                eventIdentifier,
                row.getString("aggregateIdentifier"),
                row.getLong("sequenceNumber"),
                row.getString("type"),
                row.getString("timeStamp"),
                row.getString("payloadType"),
                row.getString("payloadRevision"),
                row.getBytes("payload"),
                row.getBytes("metaData"));
    }

    /** The same event at {@code position}. */
    public StoredEvent at(long position) {
        return new StoredEvent(
                position,
                eventIdentifier,
                aggregateIdentifier,
                sequenceNumber,
                type,
                timeStamp,
                payloadType,
                payloadRevision,
                payload,
                metaData);
    }

    /**
     * The event as the event stream delivered it, its payload not deserialized: its position is its tracking token's
     * (the highest position seen, on the JDBC store: see {@link StoredEvents#positioned}), its payload and metadata the
     * serialized form the store handed out ({@link SerializedForm}), and its time stamp written as the JDBC store
     * writes it. From the JDBC store this is its row exactly. An event of no aggregate stands as the JDBC store keeps
     * it: its own aggregate, at sequence 0, of no type.
     */
    public static StoredEvent of(TrackedEventMessage<?> event) {
        long position = event.trackingToken()
                .position()
                .orElseThrow(() -> new IllegalStateException(
                        "Event " + event.getIdentifier() + " came with no position: " + event.trackingToken()));
        SerializedObject<?> payload = SerializedForm.payload(event);
        String revision = payload.getType().getRevision();
        if (event instanceof DomainEventMessage<?> domain) {
            return new StoredEvent(
                    position,
                    event.getIdentifier(),
                    domain.getAggregateIdentifier(),
                    domain.getSequenceNumber(),
                    domain.getType(),
                    DateTimeUtils.formatInstant(event.getTimestamp()),
                    payload.getType().getName(),
                    revision,
                    SerializedForm.bytes(payload),
                    SerializedForm.metaData(event));
        }
        return new StoredEvent(
                position,
                event.getIdentifier(),
                event.getIdentifier(),
                0,
                null,
                DateTimeUtils.formatInstant(event.getTimestamp()),
                payload.getType().getName(),
                revision,
                SerializedForm.bytes(payload),
                SerializedForm.metaData(event));
    }
}

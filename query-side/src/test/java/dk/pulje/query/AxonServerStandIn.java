package dk.pulje.query;

import io.axoniq.axonserver.grpc.MetaDataValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.axonserver.connector.util.GrpcMetaDataConverter;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Stands in for Axon Server's event store, which no build runs: it keeps each event as Axon Server does and hands
 * it out as Axon Framework's Axon Server connector does. Events are numbered 0, 1, 2, … with no gaps and tracked by a
 * {@link GlobalSequenceTrackingToken}; the time stamp is kept in milliseconds; the payload as its serialized bytes;
 * and the metadata not as bytes but as a map of Axon Server's typed values, which a serializer that knows the map
 * turns back into metadata, as the connector's does. Nothing is deserialized before a handler asks for it.
 */
final class AxonServerStandIn extends AbstractEventStorageEngine {

    private final List<Stored> events = new ArrayList<>();

    AxonServerStandIn(Serializer eventSerializer) {
        super(
                new Builder() {}.eventSerializer(new MetaDataMapAware(eventSerializer))
                        .snapshotSerializer(eventSerializer));
    }

    /**
     * Changes the stored payload of the event at {@code position} in place, as someone with access to the store's
     * files would, so every reader sees the change, also those the embedded event store serves from its cache; the
     * change keeps the payload's length. Answers the payload as it was.
     */
    synchronized byte[] alterPayload(long position, UnaryOperator<byte[]> change) {
        byte[] stored = events.get((int) position).payload();
        byte[] before = stored.clone();
        byte[] changed = change.apply(stored.clone());
        if (changed.length != stored.length) {
            throw new IllegalArgumentException("a change in place keeps the payload's length");
        }
        System.arraycopy(changed, 0, stored, 0, stored.length);
        return before;
    }

    synchronized List<Stored> stored() {
        return List.copyOf(events);
    }

    synchronized long lastPosition() {
        return events.size() - 1;
    }

    @Override
    protected synchronized void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        GrpcMetaDataConverter metaData = new GrpcMetaDataConverter(serializer);
        for (EventMessage<?> message : messages) {
            SerializedObject<byte[]> payload = message.serializePayload(serializer, byte[].class);
            Map<String, MetaDataValue> values = new LinkedHashMap<>();
            message.getMetaData().forEach((key, value) -> values.put(key, metaData.convertToMetaDataValue(value)));
            DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
            events.add(new Stored(
                    events.size(),
                    message.getIdentifier(),
                    domain == null ? null : domain.getType(),
                    domain == null ? null : domain.getAggregateIdentifier(),
                    domain == null ? 0 : domain.getSequenceNumber(),
                    message.getTimestamp().toEpochMilli(),
                    payload.getType().getName(),
                    payload.getType().getRevision(),
                    payload.getData(),
                    values));
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        throw new UnsupportedOperationException("the query side stores no snapshots");
    }

    @Override
    protected synchronized Stream<? extends DomainEventData<?>> readEventData(
            String identifier, long firstSequenceNumber) {
        return events.stream()
                .filter(event ->
                        identifier.equals(event.aggregateIdentifier()) && event.sequenceNumber() >= firstSequenceNumber)
                .toList()
                .stream();
    }

    @Override
    protected synchronized Stream<? extends TrackedEventData<?>> readEventData(
            TrackingToken trackingToken, boolean mayBlock) {
        long after = trackingToken == null ? -1 : trackingToken.position().orElse(-1);
        return events.stream().skip(after + 1).toList().stream();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    public synchronized TrackingToken createHeadToken() {
        return events.isEmpty() ? null : new GlobalSequenceTrackingToken(events.size() - 1);
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return null;
    }

    /** One event as Axon Server keeps it. */
    record Stored(
            long position,
            String eventIdentifier,
            String aggregateType,
            String aggregateIdentifier,
            long sequenceNumber,
            long timestamp,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            Map<String, MetaDataValue> metaDataValues)
            implements TrackedEventData<byte[]>, DomainEventData<byte[]> {

        @Override
        public TrackingToken trackingToken() {
            return new GlobalSequenceTrackingToken(position);
        }

        @Override
        public String getType() {
            return aggregateType;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateIdentifier;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }

        @Override
        public String getEventIdentifier() {
            return eventIdentifier;
        }

        @Override
        public Instant getTimestamp() {
            return Instant.ofEpochMilli(timestamp);
        }

        /** As the connector hands it out: the map itself, not bytes. */
        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public SerializedObject getMetaData() {
            return new SerializedMetaData(metaDataValues, Map.class);
        }

        @Override
        public SerializedObject<byte[]> getPayload() {
            return new SimpleSerializedObject<>(payload, byte[].class, payloadType, payloadRevision);
        }
    }

    /** Deserializes metadata from the map of typed values, as the connector's serializer does; else delegates. */
    private record MetaDataMapAware(Serializer delegate) implements Serializer {

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            return delegate.serialize(object, expectedRepresentation);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return delegate.canSerializeTo(expectedRepresentation);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            if (Map.class.equals(serializedObject.getContentType())) {
                return (T) new GrpcMetaDataConverter(delegate)
                        .convert((Map<String, MetaDataValue>) serializedObject.getData());
            }
            return delegate.deserialize(serializedObject);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Class classForType(SerializedType type) {
            return delegate.classForType(type);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public SerializedType typeForClass(Class type) {
            return delegate.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return delegate.getConverter();
        }
    }
}

package dk.pulje.query.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.axoniq.axonserver.grpc.MetaDataValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

/**
 * An event as the event stream delivers it, taken for the chain as its store keeps it: nothing deserialized, the
 * serialized bytes as handed out, Axon Server's metadata map as a JSON object in key order.
 */
class StoredEventTest {

    private static final Instant AT = Instant.parse("2026-11-23T20:42:18.649731Z");
    private static final byte[] PAYLOAD = bytes("{\"poolId\":\"pool-1\",\"reason\":\"Scores 4/5\"}");

    @Test
    void an_event_from_the_jdbc_store_is_its_row_and_nothing_is_deserialized() {
        SerializedMessage<?> serialized = new SerializedMessage<>(
                "event-1",
                new SimpleSerializedObject<>(PAYLOAD, byte[].class, "dk.pulje.shared.application.GrantAwarded", "1"),
                new SimpleSerializedObject<>(
                        bytes("{\"userId\":\"approver\"}"), byte[].class, MetaData.class.getName(), null),
                NeverDeserializes.INSTANCE);

        StoredEvent event = StoredEvent.of(new GenericTrackedDomainEventMessage<>(
                new GapAwareTrackingToken(41, List.of()), "Pool", "pool-1", 5, serialized, () -> AT));

        assertThat(event)
                .usingRecursiveComparison()
                .isEqualTo(new StoredEvent(
                        41,
                        "event-1",
                        "pool-1",
                        5,
                        "Pool",
                        "2026-11-23T20:42:18.649Z",
                        "dk.pulje.shared.application.GrantAwarded",
                        "1",
                        PAYLOAD,
                        bytes("{\"userId\":\"approver\"}")));
        assertThat(event.at(40).globalIndex()).isEqualTo(40);
    }

    @Test
    void axon_servers_metadata_map_is_a_json_object_of_its_values_in_key_order() {
        Map<String, MetaDataValue> values = new LinkedHashMap<>();
        values.put(
                "userId",
                MetaDataValue.newBuilder().setTextValue("approver \"A\"").build());
        values.put("attempt", MetaDataValue.newBuilder().setNumberValue(2).build());
        values.put("replayed", MetaDataValue.newBuilder().setBooleanValue(false).build());
        SerializedMessage<?> serialized = new SerializedMessage<>(
                "event-2",
                new SimpleSerializedObject<>(PAYLOAD, byte[].class, "dk.pulje.shared.pool.PoolClosed", null),
                new SerializedMetaData<>(values, Map.class),
                NeverDeserializes.INSTANCE);

        StoredEvent event = StoredEvent.of(new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(7), "Pool", "pool-1", 6, serialized, () -> AT));

        assertThat(new String(event.metaData(), StandardCharsets.UTF_8))
                .isEqualTo("{\"attempt\":2,\"replayed\":false,\"userId\":\"approver \\\"A\\\"\"}");
        assertThat(event.globalIndex()).isEqualTo(7);
        assertThat(event.payloadRevision()).isNull();
        assertThat(event.payload()).isEqualTo(PAYLOAD);
    }

    @Test
    void an_event_of_no_aggregate_stands_as_the_jdbc_store_keeps_it() {
        SerializedMessage<?> serialized = new SerializedMessage<>(
                "erasure-1",
                new SimpleSerializedObject<>(PAYLOAD, byte[].class, "dk.pulje.shared.personal.PersonalDataErased", "1"),
                new SerializedMetaData<>(Map.of(), Map.class),
                NeverDeserializes.INSTANCE);

        StoredEvent event = StoredEvent.of(
                new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(9), serialized, () -> AT));

        assertThat(event.aggregateIdentifier()).isEqualTo("erasure-1");
        assertThat(event.sequenceNumber()).isZero();
        assertThat(event.type()).isNull();
        assertThat(new String(event.metaData(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void an_event_made_in_memory_has_no_stored_form_and_is_refused() {
        GenericDomainEventMessage<String> inMemory = new GenericDomainEventMessage<>("Pool", "pool-1", 0, "payload");

        assertThatThrownBy(() -> StoredEvent.of(
                        new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(0), inMemory)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no stored form");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The store's serializer, as far as the chain may use it: it knows types, and fails the test if it deserializes. */
    private enum NeverDeserializes implements Serializer {
        INSTANCE;

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            throw new AssertionError("serialized anew");
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return false;
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            throw new AssertionError("deserialized " + serializedObject.getType());
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Class classForType(SerializedType type) {
            return Object.class;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public SerializedType typeForClass(Class type) {
            throw new AssertionError("not asked");
        }

        @Override
        public Converter getConverter() {
            throw new AssertionError("converted");
        }
    }
}

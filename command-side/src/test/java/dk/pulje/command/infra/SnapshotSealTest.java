package dk.pulje.command.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.axoniq.axonserver.grpc.SerializedObject;
import io.axoniq.axonserver.grpc.event.Event;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.axonserver.connector.event.axon.GrpcBackedDomainEventData;
import org.axonframework.axonserver.connector.event.axon.GrpcMetaDataAwareSerializer;
import org.axonframework.axonserver.connector.util.GrpcMetaDataConverter;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

/** The seal holds for a snapshot as either store keeps it (JDBC's bytes, Axon Server's event), and only for it. */
class SnapshotSealTest {

    record Counter(String name, int count) {}

    private final Serializer serializer = Jackson3Serializer.builder().build();
    private final SnapshotSeal seal = new SnapshotSeal(new SecretKeySpec(new byte[32], "AES"), serializer);
    private final DomainEventMessage<?> snapshot =
            seal.seal(new GenericDomainEventMessage<>("Counter", "c-1", 41, new Counter("visits", 42)));

    @Test
    void a_snapshot_as_stored_by_jdbc_verifies_and_an_edited_one_does_not() {
        assertThat(seal.verifies(asJdbcStores(snapshot, "visits"))).isTrue();
        assertThat(seal.verifies(asJdbcStores(snapshot, "visitors"))).isFalse();
    }

    @Test
    void a_snapshot_as_stored_by_axon_server_verifies_and_an_edited_one_does_not() {
        assertThat(seal.verifies(asAxonServerStores(snapshot, "visits"))).isTrue();
        assertThat(seal.verifies(asAxonServerStores(snapshot, "visitors"))).isFalse();
    }

    @Test
    void a_snapshot_of_another_aggregate_or_sequence_does_not_verify() {
        DomainEventData<byte[]> stored = asJdbcStores(snapshot, "visits");
        assertThat(seal.verifies(new GenericDomainEventEntry<>(
                        "Counter",
                        "c-2",
                        41,
                        "id",
                        0L,
                        stored.getPayload().getType().getName(),
                        null,
                        stored.getPayload().getData(),
                        stored.getMetaData().getData())))
                .isFalse();
        assertThat(seal.verifies(new GenericDomainEventEntry<>(
                        "Counter",
                        "c-1",
                        40,
                        "id",
                        0L,
                        stored.getPayload().getType().getName(),
                        null,
                        stored.getPayload().getData(),
                        stored.getMetaData().getData())))
                .isFalse();
    }

    @Test
    void a_snapshot_without_a_seal_does_not_verify() {
        DomainEventMessage<?> unsealed =
                new GenericDomainEventMessage<>("Counter", "c-1", 41, new Counter("visits", 42));
        assertThat(seal.verifies(asJdbcStores(unsealed, "visits"))).isFalse();
    }

    private DomainEventData<byte[]> asJdbcStores(DomainEventMessage<?> message, String name) {
        var payload = message.serializePayload(serializer, byte[].class);
        return new GenericDomainEventEntry<>(
                message.getType(),
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                message.getIdentifier(),
                message.getTimestamp(),
                payload.getType().getName(),
                payload.getType().getRevision(),
                edited(payload.getData(), name),
                message.serializeMetaData(serializer, byte[].class).getData());
    }

    /** As AxonServerEventStore maps a snapshot, serializing with its wrapped serializer. */
    private GrpcBackedDomainEventData asAxonServerStores(DomainEventMessage<?> message, String name) {
        Serializer wrapped = new GrpcMetaDataAwareSerializer(serializer);
        var payload = message.serializePayload(wrapped, byte[].class);
        GrpcMetaDataConverter converter = new GrpcMetaDataConverter(serializer);
        Event.Builder event = Event.newBuilder()
                .setAggregateIdentifier(message.getAggregateIdentifier())
                .setAggregateSequenceNumber(message.getSequenceNumber())
                .setAggregateType(message.getType())
                .setMessageIdentifier(message.getIdentifier())
                .setSnapshot(true)
                .setPayload(SerializedObject.newBuilder()
                        .setType(payload.getType().getName())
                        .setData(ByteString.copyFrom(edited(payload.getData(), name))));
        for (Map.Entry<String, Object> entry : message.getMetaData().entrySet()) {
            event.putMetaData(entry.getKey(), converter.convertToMetaDataValue(entry.getValue()));
        }
        return new GrpcBackedDomainEventData(event.build());
    }

    private static byte[] edited(byte[] payload, String name) {
        return new String(payload, StandardCharsets.UTF_8)
                .replace("visits", name)
                .getBytes(StandardCharsets.UTF_8);
    }
}

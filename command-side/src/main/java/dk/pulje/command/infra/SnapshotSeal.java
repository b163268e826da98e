package dk.pulje.command.infra;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.axonserver.connector.event.axon.GrpcMetaDataAwareSerializer;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.LazyDeserializingObject;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * An HMAC-SHA256 over a snapshot as it is stored (aggregate type, identifier, sequence number, payload type and
 * revision, and the payload's serialized bytes), kept in the snapshot's metadata under {@link #META_DATA_KEY}. The key
 * is derived from the personal-data master key, which is kept outside the database, so whoever can write to the
 * database can delete a snapshot but not make one the pool will decide on.
 *
 * <p>The payload is serialized here once, and the snapshot carries those very bytes to the storage engine (the JDBC
 * engine stores them as they are, serializing with the same serializer; Axon Server's engine wraps the serializer and
 * serializes the payload again, to the same bytes), so the HMAC covers exactly what is stored.
 */
public final class SnapshotSeal {

    public static final String META_DATA_KEY = "snapshotHmac";
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "pulje snapshots v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKey key;
    private final Serializer serializer;
    /** Reads metadata stored as bytes (JDBC) or as Axon Server's metadata map. */
    private final Serializer metaDataReader;

    /** {@code serializer} the one the event store stores snapshots with. */
    public SnapshotSeal(SecretKey masterKey, Serializer serializer) {
        this.key = new SecretKeySpec(hmac(masterKey, PURPOSE), ALGORITHM);
        this.serializer = serializer;
        this.metaDataReader = new GrpcMetaDataAwareSerializer(serializer);
    }

    /** The snapshot with its payload serialized and its HMAC in the metadata. */
    public DomainEventMessage<?> seal(DomainEventMessage<?> snapshot) {
        SerializedObject<byte[]> payload = serializer.serialize(snapshot.getPayload(), byte[].class);
        String mac = mac(snapshot.getType(), snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber(), payload);
        MetaData metaData = snapshot.getMetaData().and(META_DATA_KEY, mac);
        SerializedMessage<?> message = new SerializedMessage<>(
                snapshot.getIdentifier(),
                new LazyDeserializingObject<>(payload, serializer),
                new LazyDeserializingObject<>(metaData));
        return new GenericDomainEventMessage<>(
                snapshot.getType(),
                snapshot.getAggregateIdentifier(),
                snapshot.getSequenceNumber(),
                message,
                snapshot.getTimestamp());
    }

    /** Whether the stored snapshot carries the HMAC of what is stored. */
    public boolean verifies(DomainEventData<?> stored) {
        Optional<String> claimed = claimedMac(stored);
        if (claimed.isEmpty()) {
            return false;
        }
        SerializedObject<byte[]> payload = serializer.getConverter().convert(stored.getPayload(), byte[].class);
        String expected = mac(stored.getType(), stored.getAggregateIdentifier(), stored.getSequenceNumber(), payload);
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), claimed.get().getBytes(StandardCharsets.US_ASCII));
    }

    private Optional<String> claimedMac(DomainEventData<?> stored) {
        if (stored.getMetaData() == null || stored.getMetaData().getData() == null) {
            return Optional.empty();
        }
        try {
            MetaData metaData = metaDataReader.deserialize(stored.getMetaData());
            return metaData == null
                    ? Optional.empty()
                    : Optional.ofNullable(metaData.get(META_DATA_KEY))
                            .filter(String.class::isInstance)
                            .map(String.class::cast);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private String mac(String type, String aggregateIdentifier, long sequenceNumber, SerializedObject<byte[]> payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            field(mac, type);
            field(mac, aggregateIdentifier);
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(sequenceNumber).array());
            field(mac, payload.getType().getName());
            field(mac, payload.getType().getRevision());
            mac.update(payload.getData());
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each field length-prefixed, so no two different snapshots hash the same bytes. */
    private static void field(Mac mac, String value) {
        byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(Integer.BYTES + 1)
                .putInt(bytes.length)
                .put((byte) (value == null ? 0 : 1))
                .array());
        mac.update(bytes);
    }

    private static byte[] hmac(SecretKey key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.getEncoded(), ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

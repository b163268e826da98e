package dk.pulje.query.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The links of the hash chain over the event store (docs/audit.md). An event's link is
 * {@code SHA-256(previous link ‖ canonical form of the event)}; the first event's previous link is 32 zero bytes.
 * <p>
 * The canonical form is nine fields in this order: event identifier, aggregate identifier, sequence number, type,
 * payload type, payload revision, time stamp, payload, metadata. Each field is its length as a 4-byte big-endian
 * signed integer followed by that many bytes; text is UTF-8, the sequence number is 8 bytes big-endian, the payload
 * and metadata are the stored bytes, and a null value is the length -1 with no bytes. Lengths keep every field
 * apart, so no change can move bytes from one field to the next unnoticed. Links are written as 64 lower-case hex
 * digits.
 */
public final class ChainLink {

    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private ChainLink() {
    }

    /** The link of {@code event} chained onto {@code previousLink}; both in hex. */
    public static String next(String previousLink, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previousLink));
        sha256.update(canonicalForm(event));
        return HEX.formatHex(sha256.digest());
    }

    static byte[] canonicalForm(StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, utf8(event.eventIdentifier()));
        field(out, utf8(event.aggregateIdentifier()));
        field(out, ByteBuffer.allocate(Long.BYTES).putLong(event.sequenceNumber()).array());
        field(out, utf8(event.type()));
        field(out, utf8(event.payloadType()));
        field(out, utf8(event.payloadRevision()));
        field(out, utf8(event.timeStamp()));
        field(out, event.payload());
        field(out, event.metaData());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

package dk.pulje.query.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The links of the hash chain over the event store, chain format {@value #FORMAT} (docs/audit.md). An event's
 * content hash is {@code SHA-256(canonical form of the event)}, its hash
 * {@code SHA-256(field(aggregate identifier) ‖ content hash)} and its link {@code SHA-256(previous link ‖ event hash)};
 * the first event's previous link is 32 zero bytes. Because a link needs only the event's aggregate and content hash,
 * an audit package can carry those of other streams' events between a pool's events and so connect them to the
 * chain's head; and because the aggregate is bound into the event's hash, a package cannot pass one of the pool's
 * own events off as another stream's.
 * <p>
 * The canonical form is ten fields in this order: global index, event identifier, aggregate identifier, sequence
 * number, type, payload type, payload revision, time stamp, payload, metadata. Each field is its length as a 4-byte
 * big-endian signed integer followed by that many bytes; text is UTF-8, the global index and sequence number are
 * 8 bytes big-endian, the payload and metadata are the stored bytes, and a null value is the length -1 with no
 * bytes. Lengths keep every field apart, so no change can move bytes from one field to the next unnoticed. Hashes
 * and links are written as 64 lower-case hex digits.
 */
public final class ChainLink {

    /**
     * The chain format: 1 hashed the event into the link directly and left out the global index; 2 hashes the global
     * index and binds each event's content hash to its aggregate.
     */
    public static final int FORMAT = 2;

    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(ChainLink::sha256);

    private ChainLink() {}

    /** The link of {@code event} chained onto {@code previousLink}; both in hex. */
    public static String next(String previousLink, StoredEvent event) {
        byte[] previous = hash(previousLink);
        return HEX.formatHex(link(previous, eventHash(event.aggregateIdentifier(), content(event))));
    }

    /**
     * The link of the event with {@code eventHash} chained onto {@code previousLink}; all in hex. Throws
     * {@link IllegalArgumentException} when either is not 32 bytes in hex.
     */
    public static String next(String previousLink, String eventHash) {
        return HEX.formatHex(link(hash(previousLink), hash(eventHash)));
    }

    /** The event's hash, in hex: its content hash bound to its aggregate. */
    public static String eventHash(StoredEvent event) {
        return HEX.formatHex(eventHash(event.aggregateIdentifier(), content(event)));
    }

    /**
     * The hash of the event of {@code aggregateIdentifier} whose content hash is {@code contentHash} (hex):
     * {@code SHA-256(field(aggregate identifier) ‖ content hash)}. Throws {@link IllegalArgumentException} when the
     * content hash is not 32 bytes in hex.
     */
    public static String eventHash(String aggregateIdentifier, String contentHash) {
        return HEX.formatHex(eventHash(aggregateIdentifier, hash(contentHash)));
    }

    /** The SHA-256 of the event's canonical form, in hex. */
    public static String contentHash(StoredEvent event) {
        return HEX.formatHex(content(event));
    }

    private static byte[] link(byte[] previousLink, byte[] eventHash) {
        MessageDigest sha256 = digest();
        sha256.update(previousLink);
        sha256.update(eventHash);
        return sha256.digest();
    }

    private static byte[] eventHash(String aggregateIdentifier, byte[] contentHash) {
        MessageDigest sha256 = digest();
        field(sha256::update, utf8(aggregateIdentifier));
        sha256.update(contentHash);
        return sha256.digest();
    }

    /** The canonical form is hashed as it is written, not gathered first. */
    private static byte[] content(StoredEvent event) {
        MessageDigest sha256 = digest();
        canonicalForm(sha256::update, event);
        return sha256.digest();
    }

    private static byte[] hash(String hex) {
        if (hex == null || hex.length() != 64) {
            throw new IllegalArgumentException("not 32 bytes in hex: " + hex);
        }
        return HEX.parseHex(hex);
    }

    static byte[] canonicalForm(StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        canonicalForm(out::writeBytes, event);
        return out.toByteArray();
    }

    private static void canonicalForm(Consumer<byte[]> out, StoredEvent event) {
        field(out, longBytes(event.globalIndex()));
        storedFields(out, event);
    }

    /** The nine fields of the event's row as stored, each length-prefixed: format 1 hashed these alone. */
    static void storedFields(Consumer<byte[]> out, StoredEvent event) {
        field(out, utf8(event.eventIdentifier()));
        field(out, utf8(event.aggregateIdentifier()));
        field(out, longBytes(event.sequenceNumber()));
        field(out, utf8(event.type()));
        field(out, utf8(event.payloadType()));
        field(out, utf8(event.payloadRevision()));
        field(out, utf8(event.timeStamp()));
        field(out, event.payload());
        field(out, event.metaData());
    }

    private static void field(Consumer<byte[]> out, byte[] value) {
        int length = value == null ? -1 : value.length;
        out.accept(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        if (value != null) {
            out.accept(value);
        }
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** This thread's digest, ready for a new hash: the chain hashes each event three times. */
    private static MessageDigest digest() {
        MessageDigest sha256 = DIGESTS.get();
        sha256.reset();
        return sha256;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

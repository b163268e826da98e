package dk.pulje.spring.axon;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Axon's identifiers (of events, commands, and of the result message it makes for every event a processor handles)
 * as random UUIDs, like Axon's own, but each thread drawing from a strong generator of its own: {@link UUID#randomUUID()}
 * draws every one from one shared generator under a lock, which every processor thread and request thread queued for.
 * Found by Axon through {@code META-INF/services}.
 */
public final class UncontendedIdentifiers extends IdentifierFactory {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(UncontendedIdentifiers::generator);

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    @Override
    public String generateIdentifier() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4: random
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // the IETF variant
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
}

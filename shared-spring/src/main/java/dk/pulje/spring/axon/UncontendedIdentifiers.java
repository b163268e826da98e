package dk.pulje.spring.axon;

import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Axon's identifiers (of events, commands, and of the result message it makes for every event a processor handles)
 * as UUIDs (version 8, RFC 9562) that each thread makes without a lock and without a random draw per identifier: the
 * upper half is drawn once per thread from a strong generator, the lower half counts up from a random start. Two
 * identifiers can only be equal where two threads drew the same 60 random bits (about one in 10<sup>18</sup> for a
 * pair of threads) and then came to the same count. {@link UUID#randomUUID()} draws each from one shared generator
 * under a lock, which every processor thread and request thread queued for; a strong generator per thread still cost
 * a replay a thirtieth of its time, a few result messages per event. Found by Axon through {@code META-INF/services}.
 */
public final class UncontendedIdentifiers extends IdentifierFactory {

    private static final SecureRandom SEEDS = new SecureRandom();

    private static final ThreadLocal<Sequence> SEQUENCES = ThreadLocal.withInitial(Sequence::new);

    @Override
    public String generateIdentifier() {
        return SEQUENCES.get().next().toString();
    }

    private static final class Sequence {
        /** Version 8 in the four bits UUIDs keep for it. */
        private final long upper = (SEEDS.nextLong() & ~0xF000L) | 0x8000L;

        private long count = SEEDS.nextLong();

        UUID next() {
            count++;
            // The IETF variant in the two top bits of the lower half.
            return new UUID(upper, (count & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
        }
    }
}

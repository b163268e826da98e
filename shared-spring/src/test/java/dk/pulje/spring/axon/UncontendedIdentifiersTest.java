package dk.pulje.spring.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

/** Axon finds the identifiers, and they are distinct UUIDs of version 8, each thread's with its own upper half. */
class UncontendedIdentifiersTest {

    @Test
    void axonUsesThemAndEachIsNew() {
        IdentifierFactory identifiers = IdentifierFactory.getInstance();
        assertThat(identifiers).isInstanceOf(UncontendedIdentifiers.class);

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String identifier = identifiers.generateIdentifier();
            UUID uuid = UUID.fromString(identifier);
            assertThat(uuid.version()).isEqualTo(8);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(identifier);
            seen.add(identifier);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void threadsMakeThemApart() throws Exception {
        IdentifierFactory identifiers = IdentifierFactory.getInstance();
        String[] other = new String[1];
        Thread thread = new Thread(() -> other[0] = identifiers.generateIdentifier());
        thread.start();
        thread.join();

        UUID here = UUID.fromString(identifiers.generateIdentifier());
        UUID there = UUID.fromString(other[0]);
        assertThat(there.getMostSignificantBits()).isNotEqualTo(here.getMostSignificantBits());
        assertThat(there.version()).isEqualTo(8);
        assertThat(there.variant()).isEqualTo(2);
    }
}

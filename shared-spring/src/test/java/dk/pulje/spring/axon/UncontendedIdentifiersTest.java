package dk.pulje.spring.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

/** Axon finds the identifiers, and they are distinct random (version 4) UUIDs. */
class UncontendedIdentifiersTest {

    @Test
    void axonUsesThemAndEachIsANewRandomUuid() {
        IdentifierFactory identifiers = IdentifierFactory.getInstance();
        assertThat(identifiers).isInstanceOf(UncontendedIdentifiers.class);

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String identifier = identifiers.generateIdentifier();
            UUID uuid = UUID.fromString(identifier);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(identifier);
            seen.add(identifier);
        }
        assertThat(seen).hasSize(10_000);
    }
}

package dk.pulje.query;

import dk.pulje.shared.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The hash chain on the postgres profile, with a fresh database of its own. */
@ActiveProfiles({"postgres", "demo"})
class HashChainOnPostgresTest extends HashChainBehaviour {

    private static final String ANCHOR_FILE = Path.of(
                    "target", "chain-anchors", "hash-chain-" + UUID.randomUUID() + ".ndjson")
            .toAbsolutePath()
            .toString();

    private static String url;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        url = TestPostgres.freshDatabase("hash_chain");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("pulje.chain.anchor-file", () -> ANCHOR_FILE);
    }

    @Override
    String anchorFile() {
        return ANCHOR_FILE;
    }

    @Override
    Map<String, String> commandLineEnvironment() {
        return Map.of("PULJE_DATABASE_URL", url, "PULJE_DATABASE_USER", "postgres", "PULJE_DATABASE_PASSWORD", "");
    }

    @Override
    List<String> commandLineArguments() {
        return List.of("--spring.profiles.active=postgres");
    }
}

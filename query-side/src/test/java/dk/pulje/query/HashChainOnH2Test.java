package dk.pulje.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hash chain on the embedded profile as it runs: H2 in a file of its own with the auto server, so the command
 * line, another process, opens the same database.
 */
@ActiveProfiles({"embedded", "demo"})
class HashChainOnH2Test extends HashChainBehaviour {

    private static final String ANCHOR_FILE = Path.of(
                    "target", "chain-anchors", "hash-chain-" + UUID.randomUUID() + ".ndjson")
            .toAbsolutePath()
            .toString();

    private static final String DATA_DIR = Path.of("target", "hash-chain-" + UUID.randomUUID())
            .toAbsolutePath()
            .toString();

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("PULJE_DATA_DIR", () -> DATA_DIR);
        registry.add("pulje.chain.anchor-file", () -> ANCHOR_FILE);
    }

    @Override
    String anchorFile() {
        return ANCHOR_FILE;
    }

    @Override
    Map<String, String> commandLineEnvironment() {
        return Map.of("PULJE_DATA_DIR", DATA_DIR);
    }

    @Override
    List<String> commandLineArguments() {
        return List.of();
    }
}

package dk.pulje.command.api;

import dk.pulje.shared.testing.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sealed snapshots on PostgreSQL, with a fresh database of its own. */
@ActiveProfiles({"postgres", "demo"})
class SealedSnapshotsOnPostgresTest extends SealedSnapshotsBehaviour {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = TestPostgres.freshDatabase("sealed_snapshots");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}

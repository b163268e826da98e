package dk.pulje.command.api;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** Sealed snapshots on the embedded store (H2, in memory for the test). */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sealed-snapshots;DB_CLOSE_DELAY=-1")
class SealedSnapshotsOnH2Test extends SealedSnapshotsBehaviour {}

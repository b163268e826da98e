package dk.pulje.command.api;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The command API on the embedded store (H2, in memory for the test). */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:command-api;DB_CLOSE_DELAY=-1")
class CommandApiEmbeddedTest extends CommandApiContract {}

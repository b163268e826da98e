package dk.pulje.command.decision;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** Decision letters and reconsiderations on the embedded store (H2, in memory for the test). */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:decision-letters;DB_CLOSE_DELAY=-1")
class DecisionLettersOnH2Test extends DecisionLettersBehaviour {}

package dk.pulje.command.decision;

import dk.pulje.shared.testing.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Decision letters and reconsiderations on PostgreSQL: the configured test server, or an embedded one. */
@ActiveProfiles({"postgres", "demo"})
class DecisionLettersOnPostgresTest extends DecisionLettersBehaviour {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("decision_letters"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}

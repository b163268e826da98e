package dk.pulje.query;

import dk.pulje.shared.testing.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Decision letters and reconsiderations on the postgres profile, with a fresh database of its own. */
@ActiveProfiles({"postgres", "demo"})
class DecisionLettersOnPostgresTest extends DecisionLettersBehaviour {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = TestPostgres.freshDatabase("decision_letters");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}

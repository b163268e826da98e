package dk.pulje.query;

import dk.pulje.shared.testing.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Allocations and decision figures on the postgres profile, with a fresh database of its own. */
@ActiveProfiles({"postgres", "demo"})
class DecisionFiguresOnPostgresTest extends DecisionFiguresBehaviour {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = TestPostgres.freshDatabase("decision_figures");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}

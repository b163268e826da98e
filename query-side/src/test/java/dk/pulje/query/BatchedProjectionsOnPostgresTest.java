package dk.pulje.query;

import dk.pulje.shared.testing.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Batched projections on the postgres profile, with a fresh database of its own. */
@ActiveProfiles({"postgres", "demo"})
class BatchedProjectionsOnPostgresTest extends BatchedProjectionsBehaviour {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = TestPostgres.freshDatabase("batched_projections");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}

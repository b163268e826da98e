package dk.pulje.query;

import dk.pulje.shared.testing.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

/** The hash chain on the postgres profile, with a fresh database of its own. */
@ActiveProfiles({"postgres", "demo"})
class HashChainOnPostgresTest extends HashChainBehaviour {

    private static String url;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        url = TestPostgres.freshDatabase("hash_chain");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
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

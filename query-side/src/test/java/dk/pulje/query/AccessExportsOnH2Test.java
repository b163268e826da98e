package dk.pulje.query;

import java.util.UUID;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Exports for access to documents on the embedded profile, with H2 in memory. */
@ActiveProfiles({"embedded", "demo"})
class AccessExportsOnH2Test extends AccessExportsBehaviour {

    @DynamicPropertySource
    static void inMemoryDatabase(DynamicPropertyRegistry registry) {
        String url = "jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> url);
    }
}

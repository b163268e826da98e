package dk.pulje.query;

import java.util.UUID;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Allocations and decision figures on the embedded profile, with H2 in memory. */
@ActiveProfiles({"embedded", "demo"})
class DecisionFiguresOnH2Test extends DecisionFiguresBehaviour {

    @DynamicPropertySource
    static void inMemoryDatabase(DynamicPropertyRegistry registry) {
        String url = "jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> url);
    }
}

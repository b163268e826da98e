package dk.pulje.query;

import dk.pulje.shared.testing.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What the notifications keep in the database, on the postgres profile with a fresh database of its own. */
@ActiveProfiles({"postgres", "demo"})
class NotificationsOnPostgresTest extends NotificationsBehaviour {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = TestPostgres.freshDatabase("notifications");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}

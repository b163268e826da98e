package dk.pulje.query;

import dk.pulje.shared.testing.TestPostgres;
import java.util.List;

/** Dashboard sessions shared by two query nodes on PostgreSQL, with a fresh database of its own. */
class DashboardSessionsOnPostgresTest extends DashboardSessionsBehaviour {

    private final String url = TestPostgres.freshDatabase("dashboard_sessions");

    @Override
    List<String> profiles() {
        return List.of("postgres", "demo");
    }

    @Override
    List<String> database() {
        return List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=");
    }
}

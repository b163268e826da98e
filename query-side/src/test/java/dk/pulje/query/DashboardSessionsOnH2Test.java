package dk.pulje.query;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Dashboard sessions shared by two query nodes on the embedded profile: H2 in a file, opened through its server. */
class DashboardSessionsOnH2Test extends DashboardSessionsBehaviour {

    private final String dataDir = Path.of("target", "dashboard-sessions-" + UUID.randomUUID())
            .toAbsolutePath()
            .toString();

    @Override
    List<String> profiles() {
        return List.of("embedded", "demo");
    }

    @Override
    List<String> database() {
        return List.of("--PULJE_DATA_DIR=" + dataDir);
    }
}

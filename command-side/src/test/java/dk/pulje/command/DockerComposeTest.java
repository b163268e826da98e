package dk.pulje.command;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker compose up} fails closed: no demo users and no published master key unless the demo is asked for
 * ({@code --env-file demo.env}), and Axon Server (no access control) and the mail catcher on loopback only.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_the_demo_only_when_asked_and_publishes_what_has_no_sign_in_on_loopback_only() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Object> environment = (Map<String, Object>) compose.get("x-app-environment");
        Map<String, Object> services = (Map<String, Object>) compose.get("services");

        assertThat((String) environment.get("SPRING_PROFILES_ACTIVE")).doesNotContain("demo");
        assertThat((String) environment.get("PULJE_PERSONAL_DATA_MASTER_KEY"))
                .as("required, with no default").startsWith("${PULJE_PERSONAL_DATA_MASTER_KEY:?");
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml"))).doesNotContain(demoMasterKey());
        for (String service : List.of("axonserver", "mail")) {
            assertThat((List<String>) ((Map<String, Object>) services.get(service)).get("ports")).as(service)
                    .isNotEmpty().allMatch(port -> port.startsWith("127.0.0.1:"));
        }

        String demo = Files.readString(ROOT.resolve("demo.env"));
        assertThat(demo).contains("PULJE_PROFILES=postgres,axonserver,json-logs,demo",
                "PULJE_PERSONAL_DATA_MASTER_KEY=" + demoMasterKey());
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_query_node_needs_the_chain_anchor_key_and_anchors_on_a_volume_of_its_own() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");

        for (String node : List.of("query-1", "query-2")) {
            Map<String, Object> service = (Map<String, Object>) services.get(node);
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat((String) environment.get("PULJE_CHAIN_ANCHOR_KEY")).as("required, with no default")
                    .startsWith("${PULJE_CHAIN_ANCHOR_KEY:?");
            assertThat((String) environment.get("PULJE_CHAIN_ANCHOR_FILE")).startsWith("/anchors/");
            assertThat((List<String>) service.get("volumes")).contains(node + "-anchors:/anchors");
        }
        assertThat((Map<String, Object>) compose.get("volumes")).containsKeys("query-1-anchors", "query-2-anchors");
        assertThat(Files.readString(ROOT.resolve("demo.env"))).contains("PULJE_CHAIN_ANCHOR_KEY=");
    }

    /** The demo profile's published master key, as application.yml has it. */
    private static String demoMasterKey() throws IOException {
        String settings = Files.readString(Path.of("src/main/resources/application.yml"));
        int demo = settings.indexOf("on-profile: demo");
        int key = settings.indexOf("${PULJE_PERSONAL_DATA_MASTER_KEY:", demo) + "${PULJE_PERSONAL_DATA_MASTER_KEY:".length();
        return settings.substring(key, settings.indexOf('}', key));
    }
}

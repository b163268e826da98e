package dk.pulje.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docker compose up} runs the images Maven builds and fails closed: no demo users and no published key unless
 * the demo is asked for ({@code --env-file demo.env}), and Axon Server (no access control), the mail catcher and
 * Jaeger on loopback only; every node sends its traces to Jaeger.
 */
class DockerComposeTest {

    private static final Map<String, String> APPS = Map.of(
            "command-1", "command-side", "command-2", "command-side", "query-1", "query-side", "query-2", "query-side");
    private static final Map<String, String> PORTS =
            Map.of("command-side", "PULJE_COMMAND_PORT", "query-side", "PULJE_QUERY_PORT");

    @Test
    @SuppressWarnings("unchecked")
    void the_apps_run_from_the_images_maven_builds_never_from_jars_in_target() throws IOException {
        ComposeFile compose = ComposeFile.read();

        APPS.forEach((node, app) -> {
            Map<String, Object> service = compose.service(node);
            assertThat(service.get("image"))
                    .as(node)
                    .isEqualTo("pulje/" + app + ":${PULJE_VERSION:-" + System.getProperty("pulje.version") + "}");
            assertThat(service.get("pull_policy"))
                    .as(node + ": built here, never pulled")
                    .isEqualTo("never");
            assertThat(service).as(node).doesNotContainKeys("command", "entrypoint", "build");
            assertThat((List<String>) service.getOrDefault("volumes", List.of()))
                    .as(node)
                    .noneMatch(volume -> volume.contains("target/"));
            String port = (String) compose.environment(node).get(PORTS.get(app));
            assertThat((List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test"))
                    .as(node)
                    .contains("http://localhost:" + port + "/actuator/health/readiness");
        });
        for (String service : List.of("postgres", "axonserver")) {
            assertThat(compose.service(service)).as(service).containsKey("healthcheck");
        }
        assertThat(ComposeFile.text()).doesNotContain("target/");
    }

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_the_demo_only_when_asked_and_publishes_what_has_no_sign_in_on_loopback_only() throws IOException {
        ComposeFile compose = ComposeFile.read();

        for (String node : APPS.keySet()) {
            Map<String, Object> environment = compose.environment(node);
            assertThat((String) environment.get("SPRING_PROFILES_ACTIVE"))
                    .as(node)
                    .doesNotContain("demo");
            assertThat((String) environment.get("PULJE_PERSONAL_DATA_MASTER_KEY"))
                    .as("required, with no default")
                    .startsWith("${PULJE_PERSONAL_DATA_MASTER_KEY:?");
            assertThat((String) environment.get("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT"))
                    .as(node)
                    .contains("http://jaeger:4318/v1/traces");
        }
        assertThat(ComposeFile.text()).doesNotContain(demoMasterKey());
        for (String service : List.of("axonserver", "mail", "jaeger", "minio")) {
            assertThat((List<String>) compose.service(service).get("ports"))
                    .as(service)
                    .isNotEmpty()
                    .allMatch(port -> port.startsWith("127.0.0.1:"));
        }

        String demo = Files.readString(Path.of("..", "demo.env"));
        assertThat(demo)
                .contains(
                        "PULJE_PROFILES=postgres,axonserver,json-logs,demo",
                        "PULJE_PERSONAL_DATA_MASTER_KEY=" + demoMasterKey());
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_query_node_needs_the_chain_anchor_key_and_anchors_on_a_volume_of_its_own() throws Exception {
        ComposeFile compose = ComposeFile.read();
        String dataDirectory = ImageEnvironment.read().get("PULJE_DATA_DIR");

        for (String node : List.of("query-1", "query-2")) {
            Map<String, Object> environment = compose.environment(node);
            assertThat((String) environment.get("PULJE_CHAIN_ANCHOR_KEY"))
                    .as("required, with no default")
                    .startsWith("${PULJE_CHAIN_ANCHOR_KEY:?");
            assertThat((String) environment.get("PULJE_CHAIN_ANCHOR_FILE")).startsWith(dataDirectory + "/");
            assertThat((List<String>) compose.service(node).get("volumes"))
                    .as("a volume at the image's data directory, which the app's user may write")
                    .contains(node + "-anchors:" + dataDirectory);
        }
        assertThat(compose.section("volumes")).containsKeys("query-1-anchors", "query-2-anchors");
        assertThat(Files.readString(Path.of("..", "demo.env"))).contains("PULJE_CHAIN_ANCHOR_KEY=");
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_node_keeps_documents_in_the_one_minio_whose_secret_has_no_default() throws IOException {
        ComposeFile compose = ComposeFile.read();

        for (String node : APPS.keySet()) {
            Map<String, Object> environment = compose.environment(node);
            assertThat(environment.get("PULJE_DOCUMENTS_STORE")).as(node).isEqualTo("s3");
            assertThat((String) environment.get("PULJE_DOCUMENTS_S3_ENDPOINT"))
                    .as(node)
                    .contains("http://minio:9000");
            assertThat((String) environment.get("PULJE_DOCUMENTS_S3_SECRET_KEY"))
                    .as("required, with no default")
                    .startsWith("${PULJE_DOCUMENTS_S3_SECRET_KEY:?");
        }
        Map<String, Object> minio = compose.service("minio");
        assertThat((Map<String, Object>) minio.get("environment"))
                .containsEntry(
                        "MINIO_ROOT_USER", compose.environment("command-1").get("PULJE_DOCUMENTS_S3_ACCESS_KEY"))
                .containsEntry(
                        "MINIO_ROOT_PASSWORD", compose.environment("command-1").get("PULJE_DOCUMENTS_S3_SECRET_KEY"));
        assertThat((List<String>) minio.get("volumes")).contains("minio-data:/data");
        assertThat(minio).containsKey("healthcheck");
        assertThat(Files.readString(Path.of("..", "demo.env"))).contains("PULJE_DOCUMENTS_S3_SECRET_KEY=");
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_command_node_scans_uploads_with_the_one_clamav() throws IOException {
        ComposeFile compose = ComposeFile.read();

        for (String node : APPS.keySet()) {
            Map<String, Object> environment = compose.environment(node);
            assertThat(environment).as(node).containsKey("PULJE_DOCUMENTS_MAX_BYTES");
            if (node.startsWith("command")) {
                assertThat((String) environment.get("PULJE_DOCUMENTS_CLAMAV_HOST"))
                        .as(node)
                        .contains("clamav");
            }
        }
        Map<String, Object> clamav = compose.service("clamav");
        assertThat((List<String>) clamav.get("volumes")).contains("clamav-signatures:/var/lib/clamav");
        assertThat(clamav).doesNotContainKey("ports");
    }

    /** The demo profile's published master key, as both apps' shared settings (pulje-shared.yml) have it. */
    private static String demoMasterKey() throws IOException {
        String settings = Files.readString(Path.of(
                "..", "shared-spring", "src", "main", "resources", "dk", "pulje", "spring", "pulje-shared.yml"));
        int demo = settings.indexOf("on-profile: demo");
        int key = settings.indexOf("${PULJE_PERSONAL_DATA_MASTER_KEY:", demo)
                + "${PULJE_PERSONAL_DATA_MASTER_KEY:".length();
        return settings.substring(key, settings.indexOf('}', key));
    }
}

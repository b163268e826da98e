package dk.pulje.command.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.testing.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The distributed deployment's profiles, with no Axon Server to reach: the command side starts, and is not ready
 * until Axon Server is, so a load balancer sends it nothing.
 */
@SpringBootTest(properties = "pulje.personal-data.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
@AutoConfigureMockMvc
@ActiveProfiles({"postgres", "axonserver"})
class AxonServerProfileTest {

    @Autowired
    private MockMvcTester mvc;

    @DynamicPropertySource
    static void databaseAndNoAxonServer(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("axonserver_profile"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("axon.axonserver.servers", () -> "localhost:" + unusedPort());
    }

    @Test
    void without_axon_server_the_command_side_starts_and_its_readiness_names_axon_server_down() {
        assertThat(mvc.get().uri("/actuator/health/readiness"))
                .hasStatus(503)
                .bodyJson()
                .extractingPath("$.components.axonServer.status")
                .isEqualTo("DOWN");
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
    }

    static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dk.pulje.query.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.query.audit.chain.ChainAnchors;
import dk.pulje.query.audit.chain.ChainEventStream;
import dk.pulje.query.audit.chain.ChainVerification;
import dk.pulje.query.audit.chain.StoredEvents;
import dk.pulje.shared.testing.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The distributed deployment's profiles, with no Axon Server to reach: the query side starts, and is not ready
 * until Axon Server is, so a load balancer sends it nothing; the audit features are there as on the JDBC store.
 */
@SpringBootTest(properties = "pulje.personal-data.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
@AutoConfigureMockMvc
@ActiveProfiles({"postgres", "axonserver"})
class AxonServerProfileTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void databaseAndNoAxonServer(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("axonserver_profile_query"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("axon.axonserver.servers", () -> "localhost:" + unusedPort());
    }

    @Test
    void without_axon_server_the_query_side_starts_and_its_readiness_names_axon_server_down() {
        assertThat(mvc.get().uri("/actuator/health/readiness"))
                .hasStatus(503)
                .bodyJson()
                .extractingPath("$.components.axonServer.status")
                .isEqualTo("DOWN");
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
    }

    /** The chain, its verification, its anchors and the audit package read Axon Server's events, not a table. */
    @Test
    void the_hash_chain_and_the_audit_package_are_offered_and_read_axon_servers_event_stream() {
        assertThat(context.getBean(StoredEvents.class).getClass().getSimpleName())
                .isEqualTo("StreamedEvents");
        assertThat(context.getBean("chainEventStream")).isInstanceOf(ChainEventStream.class);
        assertThat(context.getBean(ChainVerification.class)).isNotNull();
        assertThat(context.getBean(ChainAnchors.class)).isNotNull();
        assertThat(context.getBeanNamesForAnnotation(ProcessingGroup.class)).contains("eventChainAppender");
        assertThat(context.containsBean("auditPackage")).isTrue();
        assertThat(context.containsBean("auditPackageController")).isTrue();
        assertThat(context.containsBean("chainController")).isTrue();
        assertThat(context.getBeanNamesForType(JavaMigration.class)).doesNotContain("chainFormatTwo");
    }

    /**
     * Axon Server sends every event, also those a processor has no handler for, so each processor's token passes
     * them and a read that waits for a command's last event (an award's grant event, for pool-decisions) is answered
     * at once, not when some later event comes.
     */
    @Test
    void every_event_is_streamed_so_each_processors_token_passes_the_events_it_does_not_handle() {
        assertThat(context.getBean(AxonServerConfiguration.class).isEventBlockListingEnabled())
                .isFalse();
    }

    static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

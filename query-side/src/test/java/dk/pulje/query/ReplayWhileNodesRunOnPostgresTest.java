package dk.pulje.query;

import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.query.infra.ProcessingGroups.POOL_APPLICATIONS;
import static dk.pulje.query.infra.ProcessingGroups.PROGRAMME_OVERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.query.audit.CoordinatedReplay;
import dk.pulje.query.audit.ReadModelChecksums;
import dk.pulje.query.infra.ProjectionProgress;
import dk.pulje.query.system.DemoHttp;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.testing.TestPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection replayed while two query nodes run it on one PostgreSQL: asked on node A, both nodes stop it and give
 * up its segments, one resets them, both run it again, and it comes out as it was; meanwhile node B answers a
 * read-your-writes request on another projection.
 */
class ReplayWhileNodesRunOnPostgresTest {

    private static final int APPLICATIONS = 40;
    private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() {
        String url = TestPostgres.freshDatabase("replay_while_nodes_run");
        for (String node : List.of("query-a", "query-b")) {
            nodes.add(new SpringApplicationBuilder(QuerySideApplication.class)
                    .profiles("postgres", "demo")
                    .run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--server.port=0",
                            "--spring.jmx.enabled=false",
                            "--pulje.projections.share-interval=500ms",
                            "--pulje.projections.replay-poll-interval=300ms",
                            "--pulje.consistency.max-wait=10s",
                            // Two segments per projection, so both nodes hold the projection replayed.
                            "--PULJE_PROJECTION_SEGMENTS=2",
                            "--pulje.node-id=" + node));
        }
    }

    @AfterAll
    static void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    private static ConfigurableApplicationContext nodeA() {
        return nodes.get(0);
    }

    private static ConfigurableApplicationContext nodeB() {
        return nodes.get(1);
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static JdbcTemplate jdbc() {
        return nodeB().getBean(JdbcTemplate.class);
    }

    private static Set<String> holders(String group) {
        return Set.copyOf(jdbc().queryForList(
                        "SELECT DISTINCT owner FROM TokenEntry WHERE processorName = ? AND owner IS NOT NULL",
                        String.class,
                        group));
    }

    private static boolean running(ConfigurableApplicationContext node, String group) {
        return node.getBean(EventProcessingConfiguration.class)
                .eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow()
                .isRunning();
    }

    private static String applicationsChecksum() {
        return nodeB().getBean(ReadModelChecksums.class).checksums().get("pool_application");
    }

    @Test
    void one_projection_is_replayed_on_every_node_while_the_others_keep_running() throws Exception {
        EventLog events = new EventLog(nodeA().getBean(EventStore.class), jdbc());
        for (int i = 0; i < APPLICATIONS; i++) {
            PoolId pool = PoolId.random();
            events.pool(
                    pool,
                    submitted(pool, ApplicationId.of("application-" + i), "751", "100000", "2017-03-01T09:00:00Z"));
        }
        long last = events.lastPosition();
        ProjectionProgress progress = nodeB().getBean(ProjectionProgress.class);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> progress.hasProcessed(List.of(POOL_APPLICATIONS), last)
                        && holders(POOL_APPLICATIONS).equals(Set.of("query-a", "query-b")));
        String incremental = applicationsChecksum();
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM pool_application", Long.class))
                .isEqualTo(APPLICATIONS);

        HttpResponse<String> asked =
                DemoHttp.post(port(nodeA()), "/admin/projections/" + POOL_APPLICATIONS + "/replay", "auditor", "{}");
        assertThat(asked.statusCode()).isEqualTo(202);
        String id = nodeA().getBean(CoordinatedReplay.class).latest(1).get(0).id();

        // While the replay is under way, node B runs its other projections and answers reads that wait for them.
        int readsOnB = 0;
        CoordinatedReplay replaysOnB = nodeB().getBean(CoordinatedReplay.class);
        EventLog eventsOnB = new EventLog(nodeB().getBean(EventStore.class), jdbc());
        do {
            assertThat(running(nodeB(), PROGRAMME_OVERVIEW)).isTrue();
            ProgrammeId programme = ProgrammeId.random();
            long written = eventsOnB.programme(programme, satspulje2017(programme));
            assertThat(DemoHttp.get(port(nodeB()), "/programmes/" + programme.value(), "viewer", written)
                            .statusCode())
                    .as("a read of programme-overview on node B that waits for its write")
                    .isEqualTo(200);
            readsOnB++;
        } while (CoordinatedReplay.REQUESTED.equals(
                        replaysOnB.find(id).orElseThrow().state())
                && readsOnB < 200);

        CoordinatedReplay.ReplayRequest done = replaysOnB.find(id).orElseThrow();
        assertThat(done.state()).as(done.outcome()).isEqualTo(CoordinatedReplay.DONE);
        assertThat(done.requestedBy()).isEqualTo("auditor");
        assertThat(done.resetBy()).isIn("query-a", "query-b");
        assertThat(done.finishedAt()).isNotNull();
        assertThat(readsOnB).isPositive();

        // Both nodes run it again, share its segments again, and it is rebuilt as it was.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> running(nodeA(), POOL_APPLICATIONS)
                        && running(nodeB(), POOL_APPLICATIONS)
                        && holders(POOL_APPLICATIONS).equals(Set.of("query-a", "query-b"))
                        && progress.hasProcessed(List.of(POOL_APPLICATIONS), eventsOnB.lastPosition()));
        assertThat(applicationsChecksum()).as("the rebuilt read model").isEqualTo(incremental);
        assertThat(DemoHttp.get(port(nodeB()), "/admin/projections/replays", "auditor")
                        .body())
                .contains(id, "\"state\":\"done\"");
    }
}

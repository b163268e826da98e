package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.testing.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two query-side nodes on one PostgreSQL: they share each projection's segments by claiming them in the token
 * store, half each, so every event is projected once; when one node stops, the other takes its segments over.
 * Processors of one segment are shared out whole.
 */
class TwoQueryNodesTest {

    private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() {
        String url = TestPostgres.freshDatabase("two_query_nodes");
        for (String node : List.of("query-a", "query-b")) {
            nodes.add(new SpringApplicationBuilder(QuerySideApplication.class)
                    .profiles("postgres", "demo")
                    .run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--server.port=0",
                            "--spring.jmx.enabled=false",
                            // Two segments per projection, so the nodes split projections, not only share them.
                            "--PULJE_PROJECTION_SEGMENTS=2",
                            "--pulje.node-id=" + node));
        }
    }

    @AfterAll
    static void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    private static JdbcTemplate jdbc() {
        return nodes.get(nodes.size() - 1).getBean(JdbcTemplate.class);
    }

    private static Set<String> owners() {
        return Set.copyOf(
                jdbc().queryForList("SELECT DISTINCT owner FROM TokenEntry WHERE owner IS NOT NULL", String.class));
    }

    /** Segments in the token store that match the condition. */
    private static long claimed(String condition) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM TokenEntry WHERE " + condition, Long.class);
    }

    private static boolean oneSegmentProcessorsHeldByEachNode() {
        return jdbc().queryForObject(
                                "SELECT COUNT(DISTINCT owner) FROM TokenEntry"
                                        + " WHERE processorName IN ('event-chain', 'notifications')",
                                Long.class)
                == 2;
    }

    private static long pools() {
        return jdbc().queryForObject("SELECT COUNT(*) FROM pool_overview", Long.class);
    }

    @Test
    void the_nodes_project_every_event_once_and_one_takes_over_when_the_other_stops() {
        EventLog events = new EventLog(nodes.get(0).getBean(EventStore.class), jdbc());
        for (int i = 0; i < 10; i++) {
            ProgrammeId programme = ProgrammeId.random();
            PoolId pool = PoolId.random();
            events.programme(programme, satspulje2017(programme), allocated(programme, pool));
            events.pool(pool, earlyPreventiveEffort(pool, programme));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pools() == 10);
        // Each segment has one owner (its row's key), so each event is projected by one node; and the two nodes
        // settle on splitting every projection's two segments between them (a segment released beyond a node's
        // share is unowned for a moment, until the other claims it). Nor does one node keep every processor of one
        // segment: the hash chain's and the outbox's are held one by each.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> owners().equals(Set.of("query-a", "query-b"))
                        && jdbc().queryForObject(
                                                "SELECT COUNT(*) FROM (SELECT processorName, owner FROM TokenEntry"
                                                        + " GROUP BY processorName, owner HAVING COUNT(*) > 1) doubly_held",
                                                Long.class)
                                == 0
                        && claimed("owner IS NOT NULL") == claimed("1 = 1")
                        && oneSegmentProcessorsHeldByEachNode());
        assertThat(claimed("1 = 1")).isGreaterThanOrEqualTo(4 * 2);

        nodes.remove(0).close();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> owners().equals(Set.of("query-b")) && claimed("owner = 'query-b'") == claimed("1 = 1"));

        EventLog survivor = new EventLog(nodes.get(0).getBean(EventStore.class), jdbc());
        ProgrammeId programme = ProgrammeId.random();
        PoolId pool = PoolId.random();
        survivor.programme(programme, satspulje2017(programme), allocated(programme, pool));
        survivor.pool(pool, earlyPreventiveEffort(pool, programme));
        await().atMost(Duration.ofSeconds(15)).until(() -> pools() == 11);
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM pool_overview", Long.class))
                .isEqualTo(11);
    }
}

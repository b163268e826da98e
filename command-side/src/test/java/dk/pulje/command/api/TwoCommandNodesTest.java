package dk.pulje.command.api;

import dk.pulje.command.CommandSideApplication;
import dk.pulje.shared.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command-side nodes on one PostgreSQL, no Axon Server: awards raced through both never over-commit the
 * pool. The nodes do not share locks, so this is optimistic locking on the event table at work.
 */
class TwoCommandNodesTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() {
        String url = TestPostgres.freshDatabase("two_nodes");
        for (int i = 0; i < 2; i++) {
            nodes.add(new SpringApplicationBuilder(CommandSideApplication.class)
                    .profiles("postgres", "demo")
                    .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                            "--spring.datasource.password=", "--server.port=0", "--pulje.demo.load-seed-pools=false",
                            "--spring.jmx.enabled=false"));
        }
    }

    @AfterAll
    static void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    private static int port(int node) {
        return Integer.parseInt(nodes.get(node).getEnvironment().getProperty("local.server.port"));
    }

    private static int post(int node, String path, String user, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(node) + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void awards_raced_through_two_nodes_never_overcommit_the_pool() throws Exception {
        LocalDate today = LocalDate.now();
        String pool = CommandApiContract.poolJson("two-nodes", "4000000.00")
                .replace("2017-02-06T00:00:00", today.minusDays(1) + "T00:00:00")
                .replace("2017-03-24T12:00:00", today.plusDays(30) + "T12:00:00")
                .replace("2017-02-20", today.plusDays(5).toString())
                .replace("2017-06-01", today.getYear() + "-01-01")
                .replace("2019-12-31", (today.getYear() + 2) + "-12-31");
        assertThat(post(0, "/programmes", "manager", "{\"id\": \"nodes\", \"name\": \"Nodes\", \"envelope\": \"4000000.00\"}"))
                .isEqualTo(201);
        assertThat(post(1, "/programmes/nodes/pools", "manager", pool)).isEqualTo(201);
        assertThat(post(0, "/pools/two-nodes/publication", "manager", "{}")).isEqualTo(202);

        // Two applicants with demo users, plus an assessor's screening, per application: the race is on the awards.
        List<String> applications = List.of("aarhus", "odense");
        String[] municipality = {"751", "461"};
        for (int i = 0; i < applications.size(); i++) {
            assertThat(post(i, "/pools/two-nodes/applications", applications.get(i), """
                    {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "%s"},
                     "projectTitle": "Race", "amountRequested": "3000000.00", "budget": {"%d": "3000000.00"},
                     "activityCategory": "new-methods", "contact": {"name": "Kim", "email": "kim@example.dk"}}"""
                    .formatted(applications.get(i), municipality[i], today.getYear() + 1))).isEqualTo(201);
            assertThat(post(1 - i, "/pools/two-nodes/applications/" + applications.get(i) + "/screening", "assessor",
                    "{\"eligible\": true, \"reason\": \"ok\"}")).isEqualTo(202);
        }

        ExecutorService threads = Executors.newFixedThreadPool(16);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int node = t % 2;
            String application = applications.get((t / 2) % 2);
            done.add(threads.submit(() -> {
                int status = post(node, "/pools/two-nodes/applications/" + application + "/award", "approver",
                        "{\"amount\": \"3000000.00\", \"reason\": \"Race\"}");
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();

        assertThat(statuses.keySet()).containsAnyOf(202).doesNotContain(500).isSubsetOf(202, 409);
        assertThat(statuses.get(202).get()).isEqualTo(1);
        JdbcTemplate jdbc = nodes.get(0).getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = 'two-nodes' "
                + "AND payloadType = 'dk.pulje.shared.application.GrantAwarded'", Long.class)).isEqualTo(1);
    }
}

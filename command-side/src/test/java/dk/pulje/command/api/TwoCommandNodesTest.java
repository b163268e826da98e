package dk.pulje.command.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.command.CommandSideApplication;
import dk.pulje.shared.testing.TestPostgres;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two command-side nodes on one PostgreSQL, no Axon Server, each caching the aggregates it has handled: awards and
 * submissions raced through both never break the pool's invariants, judged from the event store. The nodes share no
 * locks and no cache, so this is each cached pool catching up with the stored events and optimistic locking on the
 * event table at work.
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
                    .run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--server.port=0",
                            "--pulje.demo.load-seed-pools=false",
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
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A pool open today, drafted through one node and published through the other. */
    private static void openPool(String programme, String id, String budget) throws Exception {
        LocalDate today = LocalDate.now();
        String pool = CommandApiContract.poolJson(id, budget)
                .replace("2017-02-06T00:00:00", today.minusDays(1) + "T00:00:00")
                .replace("2017-03-24T12:00:00", today.plusDays(30) + "T12:00:00")
                .replace("2017-02-20", today.plusDays(5).toString())
                .replace("2017-06-01", today.getYear() + "-01-01")
                .replace("2019-12-31", (today.getYear() + 2) + "-12-31");
        assertThat(post(
                        0,
                        "/programmes",
                        "manager",
                        "{\"id\": \"%s\", \"name\": \"Nodes\", \"envelope\": \"%s\"}".formatted(programme, budget)))
                .isEqualTo(201);
        assertThat(post(1, "/programmes/" + programme + "/pools", "manager", pool))
                .isEqualTo(201);
        assertThat(post(0, "/pools/" + id + "/publication", "manager", "{}")).isEqualTo(202);
    }

    private static String submission(String id, String municipality) {
        return """
                {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "%s"},
                 "projectTitle": "Race", "amountRequested": "3000000.00", "budget": {"%d": "3000000.00"},
                 "activityCategory": "new-methods", "contact": {"name": "Kim", "email": "kim@example.dk"}}""".formatted(id, municipality, LocalDate.now().getYear() + 1);
    }

    @Test
    void awards_raced_through_two_nodes_never_overcommit_the_pool() throws Exception {
        openPool("nodes", "two-nodes", "4000000.00");

        // Two applicants with demo users, plus an assessor's screening, per application: the race is on the awards.
        List<String> applications = List.of("aarhus", "odense");
        String[] municipality = {"751", "461"};
        for (int i = 0; i < applications.size(); i++) {
            assertThat(post(
                            i,
                            "/pools/two-nodes/applications",
                            applications.get(i),
                            submission(applications.get(i), municipality[i])))
                    .isEqualTo(201);
            // Through the node that did not take the submission: its cached pool has to catch up to screen it.
            assertThat(post(
                            1 - i,
                            "/pools/two-nodes/applications/" + applications.get(i) + "/screening",
                            "assessor",
                            "{\"eligible\": true, \"reason\": \"ok\"}"))
                    .isEqualTo(202);
        }

        ExecutorService threads = Executors.newFixedThreadPool(16);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int node = t % 2;
            String application = applications.get((t / 2) % 2);
            done.add(threads.submit(() -> {
                int status = post(
                        node,
                        "/pools/two-nodes/applications/" + application + "/award",
                        "approver",
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
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = 'two-nodes' "
                                + "AND payloadType = 'dk.pulje.shared.application.GrantAwarded'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void a_deadline_rush_through_two_nodes_keeps_one_application_per_applicant_and_a_gapless_stream() throws Exception {
        openPool("rush-programme", "rush", "50000000.00");
        Map<String, String> municipalities =
                Map.of("aarhus", "751", "odense", "461", "aalborg", "851", "esbjerg", "561", "vejle", "630");
        ExecutorService threads = Executors.newFixedThreadPool(16);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        AtomicInteger ids = new AtomicInteger();
        for (int attempt = 0; attempt < 4; attempt++) {
            for (Map.Entry<String, String> applicant : municipalities.entrySet()) {
                int node = attempt % 2;
                String id = "rush-" + ids.incrementAndGet();
                done.add(threads.submit(() -> {
                    int status = post(
                            node, "/pools/rush/applications", applicant.getKey(), submission(id, applicant.getValue()));
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();

        assertThat(statuses.keySet()).isSubsetOf(201, 409);
        assertThat(statuses.get(201).get()).isEqualTo(municipalities.size());
        JdbcTemplate jdbc = nodes.get(0).getBean(JdbcTemplate.class);
        assertThat(jdbc
                        .queryForList(
                                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = 'rush' "
                                        + "AND payloadType = 'dk.pulje.shared.application.ApplicationSubmitted'",
                                byte[].class)
                        .stream()
                        .map(payload -> new String(payload, StandardCharsets.UTF_8))
                        .map(json -> json.replaceAll("(?s).*\"municipality\":\"(\\d+)\".*", "$1")))
                .containsExactlyInAnyOrderElementsOf(municipalities.values());
        List<Long> sequence = jdbc.queryForList(
                "SELECT sequenceNumber FROM DomainEventEntry WHERE "
                        + "aggregateIdentifier = 'rush' ORDER BY sequenceNumber",
                Long.class);
        assertThat(sequence)
                .as("the pool's stream has no gap")
                .isEqualTo(java.util.stream.LongStream.range(0, sequence.size())
                        .boxed()
                        .toList());
    }
}

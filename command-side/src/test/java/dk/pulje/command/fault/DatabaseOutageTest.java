package dk.pulje.command.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.shared.testing.CuttableProxy;
import dk.pulje.shared.testing.TestPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a steady load of commands: every connection is cut and new ones are refused for
 * {@code pulje.faults.outage-seconds} (8 s; 30 s with {@code -Pfaults-heavy}). Meanwhile commands are answered 503
 * with {@code Retry-After} within the pool's connection timeout (2 s here), and health is DOWN; when the database is
 * back the app recovers by itself, and every command answered 201 is in the event store exactly once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "pulje.requests.per-second=100000",
            "pulje.requests.burst=100000",
            "pulje.requests.address.per-second=100000",
            "pulje.requests.address.burst=100000",
            "spring.datasource.hikari.connection-timeout=2000"
        })
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("pulje.faults.outage-seconds", 8));
    private static final Duration LONGEST_ANSWER = Duration.ofSeconds(10);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static CuttableProxy proxy;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private record Answer(String id, int status, String body, String retryAfter, long millis, boolean duringOutage) {}

    @DynamicPropertySource
    static void databaseBehindAProxy(DynamicPropertyRegistry registry) throws IOException {
        String database = TestPostgres.freshDatabase("outage");
        URI server = URI.create(database.substring("jdbc:".length()));
        proxy = CuttableProxy.to(server.getHost(), server.getPort());
        registry.add("spring.datasource.url", () -> proxy.jdbcUrlThrough(database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void while_the_database_is_away_commands_are_503_with_retry_after_and_afterwards_nothing_is_lost_or_twice()
            throws Exception {
        AtomicBoolean away = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<Answer> answers = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        AtomicInteger sent = new AtomicInteger();
        List<Future<?>> load = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            load.add(clients.submit(() -> {
                while (!stop.get() && sent.get() < 2_000) {
                    String id = "outage-" + sent.incrementAndGet();
                    boolean duringOutage = away.get();
                    long start = System.nanoTime();
                    HttpResponse<String> answer = post("/programmes", """
                            {"id": "%s", "name": "Outage", "envelope": "1000000.00"}""".formatted(id));
                    answers.add(new Answer(
                            id,
                            answer.statusCode(),
                            answer.body(),
                            answer.headers().firstValue("Retry-After").orElse(null),
                            (System.nanoTime() - start) / 1_000_000,
                            duringOutage && away.get()));
                    Thread.sleep(20);
                }
                return null;
            }));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> answers.stream().filter(a -> a.status() == 201).count() >= 20);

        away.set(true);
        proxy.cut();
        long cutAt = System.nanoTime();
        await("health DOWN while the database is away")
                .atMost(Duration.ofSeconds(10))
                .until(() -> health().statusCode() == 503 && health().body().contains("DOWN"));
        await().atMost(OUTAGE.plusSeconds(10))
                .until(() -> answers.stream().filter(Answer::duringOutage).count() >= 5);
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - cutAt) / 1_000_000));
        proxy.restore();
        away.set(false);
        long restoredAt = System.nanoTime();
        await("health UP once the database is back")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> health().statusCode() == 200);
        long healthyAfter = (System.nanoTime() - restoredAt) / 1_000_000;
        int before = answers.size();
        await("commands accepted again")
                .atMost(Duration.ofSeconds(30))
                .until(() -> answers.stream()
                                .skip(before)
                                .filter(a -> a.status() == 201)
                                .count()
                        >= 20);
        stop.set(true);
        for (Future<?> f : load) {
            f.get();
        }
        clients.shutdown();

        Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        answers.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        List<Answer> outageAnswers =
                answers.stream().filter(Answer::duringOutage).toList();
        List<String> acknowledged =
                answers.stream().filter(a -> a.status() == 201).map(Answer::id).toList();
        Map<String, Integer> stored = new ConcurrentHashMap<>();
        jdbc.queryForList(
                        "SELECT aggregateIdentifier FROM DomainEventEntry WHERE aggregateIdentifier LIKE 'outage-%'",
                        String.class)
                .forEach(id -> stored.merge(id, 1, Integer::sum));
        long duplicates = stored.values().stream().filter(n -> n > 1).count();
        System.out.printf(
                "database outage of %d s: sent %d, acknowledged %d, found in the store %d, duplicates %d, "
                        + "answers %s, slowest answer %d ms, healthy %d ms after the database came back%n",
                OUTAGE.toSeconds(),
                answers.size(),
                acknowledged.size(),
                acknowledged.stream().filter(stored::containsKey).count(),
                duplicates,
                byStatus,
                answers.stream().mapToLong(Answer::millis).max().orElse(0),
                healthyAfter);

        assertThat(byStatus.keySet())
                .as("never a 500, only accepted or unavailable")
                .isSubsetOf(201, 503);
        assertThat(outageAnswers).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.id()).isEqualTo(503);
            assertThat(answer.retryAfter()).as(answer.id()).isNotBlank();
            assertThat(answer.body())
                    .as(answer.id())
                    .contains("\"type\":\"/problems/unavailable\"")
                    .doesNotContain("Exception", "SQL");
        });
        assertThat(answers)
                .allSatisfy(
                        answer -> assertThat(answer.millis()).as(answer.id()).isLessThan(LONGEST_ANSWER.toMillis()));
        assertThat(acknowledged)
                .allSatisfy(id -> assertThat(stored.get(id)).as(id).isEqualTo(1));
        assertThat(duplicates).isZero();
    }

    private HttpResponse<String> health() throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(LONGEST_ANSWER.plusSeconds(5))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("manager:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

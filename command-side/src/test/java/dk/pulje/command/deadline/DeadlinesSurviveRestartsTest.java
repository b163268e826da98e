package dk.pulje.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.command.CommandSideApplication;
import dk.pulje.shared.testing.TestPostgres;
import dk.pulje.spring.time.AdjustableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadlines live in the database: set before a stop, they fire after the next start once the (test-controlled)
 * clock has passed them: once, not twice, and not at all when cancelled meanwhile.
 */
class DeadlinesSurviveRestartsTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    /**
     * Time flows, as the scheduler's polling needs it to, and the test moves it forward in jumps: a frozen test
     * clock would stop db-scheduler's waits between polls.
     */
    private static final AdjustableClock clock =
            new AdjustableClock(Clock.systemUTC(), Instant.parse("2017-03-01T09:00:00Z"));

    private final String database = TestPostgres.freshDatabase("deadlines");
    private ConfigurableApplicationContext app;

    @Configuration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        AdjustableClock testClock() {
            return clock;
        }
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private void start() {
        app = new SpringApplicationBuilder(CommandSideApplication.class, TestClock.class)
                .profiles("postgres", "demo")
                .run(
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--pulje.demo.load-seed-pools=false",
                        "--spring.jmx.enabled=false",
                        "--pulje.deadlines.polling-interval=100ms");
    }

    private void restart() {
        app.close();
        start();
    }

    @Test
    void a_deadline_set_before_a_stop_fires_once_after_the_start_and_a_cancelled_one_never() throws Exception {
        start();
        post("/programmes", "manager", "{\"id\": \"p\", \"name\": \"Programme\", \"envelope\": \"10000000.00\"}");
        post("/programmes/p/pools", "manager", """
                {"id": "aftercare", "title": "Aftercare", "budget": "5000000.00", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "aftercare", "title": "Aftercare"}],
                 "limits": {"minimum": "100000.00", "maximum": "5000000.00"},
                 "rounds": [{"opens": "2017-02-06T00:00:00", "deadline": "2017-03-24T12:00:00"}],
                 "projectPeriod": {"start": "2017-06-01", "end": "2019-12-31"}}""");
        post("/pools/aftercare/publication", "manager", "{}");
        for (String[] applicant : new String[][] {{"aarhus", "751"}, {"odense", "461"}}) {
            post("/pools/aftercare/applications", applicant[0], """
                    {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "%s"},
                     "projectTitle": "Aftercare", "amountRequested": "1000000.00", "budget": {"2018": "1000000.00"},
                     "activityCategory": "aftercare", "contact": {"name": "Kim", "email": "kim@example.dk"}}""".formatted(applicant[0], applicant[1]));
            post(
                    "/pools/aftercare/applications/" + applicant[0] + "/screening",
                    "assessor",
                    "{\"eligible\": true, \"reason\": \"ok\"}");
            post(
                    "/pools/aftercare/applications/" + applicant[0] + "/award",
                    "approver",
                    "{\"amount\": \"1000000.00\", \"reason\": \"ok\"}");
        }
        post("/grants/odense/acceptance", "odense", "{}");
        assertThat(count("GrantLapsed")).isZero();

        // Stopped for 15 days: Aarhus's acceptance deadline passes meanwhile; Odense's was cancelled by accepting.
        app.close();
        clock.moveTo(Instant.parse("2017-03-16T09:00:00Z"));
        start();
        await().atMost(Duration.ofSeconds(15)).until(() -> count("GrantLapsed") == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> count("AwardReleased") == 1);
        assertThat(lapsedGrants()).isEqualTo("grant:aarhus");

        restart();
        clock.moveTo(Instant.parse("2017-03-24T12:00:00Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> count("RoundClosed") == 1);
        assertThat(count("GrantLapsed"))
                .as("fired once, not again after a restart")
                .isEqualTo(1);
        assertThat(jdbc().queryForObject(
                                "SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = 'aftercare' "
                                        + "ORDER BY sequenceNumber DESC LIMIT 1",
                                String.class))
                .endsWith("RoundClosed");
        assertThat(jdbc().queryForObject(
                                "SELECT convert_from(payload, 'UTF8') FROM DomainEventEntry "
                                        + "WHERE payloadType LIKE '%RoundClosed'",
                                String.class))
                .as("recorded at the deadline's instant: 12:00 Copenhagen time")
                .contains("2017-03-24T11:00:00Z");
    }

    private void post(String path, String user, String json) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
    }

    private JdbcTemplate jdbc() {
        return app.getBean(JdbcTemplate.class);
    }

    private long count(String eventType) {
        return jdbc().queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType = ?",
                        Long.class,
                        eventType.startsWith("Grant") && !eventType.equals("GrantAwarded")
                                ? "dk.pulje.shared.grant." + eventType
                                : eventType.startsWith("Round")
                                        ? "dk.pulje.shared.pool." + eventType
                                        : "dk.pulje.shared.application." + eventType);
    }

    private String lapsedGrants() {
        return jdbc().queryForObject(
                        "SELECT aggregateIdentifier FROM DomainEventEntry WHERE payloadType = ?",
                        String.class,
                        "dk.pulje.shared.grant.GrantLapsed");
    }
}

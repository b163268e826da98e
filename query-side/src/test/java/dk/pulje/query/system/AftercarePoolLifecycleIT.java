package dk.pulje.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.testing.TestPostgres;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed aftercare pool of 2017 (59.5 mio. kr., two rounds, municipalities, three project years) run through the
 * REST APIs from publication to the closure of every grant, on a clock the test moves forward, with the command
 * side restarted in the middle. At the end the query side's figures equal the sums of the events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
class AftercarePoolLifecycleIT {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String POOL = "aftercare-2017";
    private static final List<String> ROUND_ONE = List.of("aarhus:751", "odense:461", "aalborg:851");
    private static final List<String> ROUND_TWO = List.of("esbjerg:561", "vejle:630");
    private static String database;
    private static Process commandSide;
    private static int commandPort;
    private static long token = -1;

    @LocalServerPort
    int queryPort;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startCommandSide() throws Exception {
        File jar = new File("../command-side/target/command-side-0.1.0-SNAPSHOT.jar");
        Assumptions.assumeTrue(
                jar.isFile(),
                "The command side's jar is built by the reactor before this test: "
                        + "run mvn verify from the top folder");
        database = TestPostgres.freshDatabase("aftercare");
        try (ServerSocket socket = new ServerSocket(0)) {
            commandPort = socket.getLocalPort();
        }
        startCommandSide(jar, "2017-09-01T08:00:00Z");
    }

    private static void startCommandSide(File jar, String clockStart) throws Exception {
        File log = new File("target/aftercare-command-side.log");
        ProcessBuilder builder = new ProcessBuilder(
                        new File(System.getProperty("java.home"), "bin/java").getPath(),
                        "-Xmx384m",
                        "-jar",
                        jar.getPath(),
                        "--spring.profiles.active=postgres,demo",
                        "--server.port=" + commandPort,
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--pulje.demo.load-seed-pools=false",
                        "--pulje.clock.adjustable=true",
                        "--pulje.clock.start=" + clockStart,
                        "--pulje.deadlines.polling-interval=200ms")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        commandSide = builder.start();
        await("the command side to start (log: " + log + ")")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> commandSide.isAlive()
                        && send(commandPort, "/actuator/health", null, null)
                                .body()
                                .contains("UP"));
    }

    @AfterAll
    static void stopCommandSide() {
        if (commandSide != null) {
            commandSide.destroy();
        }
    }

    @DynamicPropertySource
    static void sameDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Test
    void the_aftercare_pool_runs_from_publication_to_the_closure_of_all_its_grants() throws Exception {
        command("/programmes", "manager", """
                {"id": "satspulje-2017", "name": "Satspulje 2017 for children and youth", "envelope": "196600000.00"}""");
        command("/programmes/satspulje-2017/pools", "manager", """
                {"id": "aftercare-2017", "title": "Aftercare for young people leaving care (efterværn)",
                 "budget": "59500000.00", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "aftercare", "title": "Aftercare for formerly placed young people"}],
                 "limits": {"minimum": "1000000.00", "maximum": "15000000.00"},
                 "expectedGrantees": {"minimum": 4, "maximum": 7},
                 "rounds": [{"opens": "2017-09-15T00:00:00", "deadline": "2017-11-01T12:00:00"},
                            {"opens": "2018-02-01T00:00:00", "deadline": "2018-03-15T12:00:00"}],
                 "projectPeriod": {"start": "2018-01-01", "end": "2020-12-31"}}""");
        command("/pools/aftercare-2017/publication", "manager", "{}");

        // Round one: three municipalities apply for 12 mio. each; Aalborg never accepts its grant.
        moveTo("2017-09-20T08:00:00Z");
        for (String applicant : ROUND_ONE) {
            apply(applicant, "12000000.00", "4000000.00", "4000000.00", "4000000.00");
        }
        moveTo("2017-11-20T09:00:00Z");
        awaitEvent("RoundClosed", 1);
        for (String applicant : ROUND_ONE) {
            command(
                    "/pools/aftercare-2017/applications/" + name(applicant) + "/award",
                    "approver",
                    "{\"amount\": \"12000000.00\", \"reason\": \"Scores 4/5: a credible plan for aftercare\"}");
        }
        moveTo("2017-11-22T09:00:00Z");
        command("/grants/aarhus/acceptance", "aarhus", "{}");
        command(
                "/grants/odense/acceptance",
                "odense",
                "{\"budgetLines\": {\"staff\": \"10000000.00\", " + "\"evaluation\": \"2000000.00\"}}");
        moveTo("2017-12-05T09:00:00Z");
        awaitEvent("AwardReleased", 1);
        assertThat(read("/pools/aftercare-2017").get("awarded").asString()).isEqualTo("24000000.00");
        assertThat(read("/grants/aalborg").get("grant").get("status").asString())
                .isEqualTo("LAPSED");

        moveTo("2018-01-02T09:00:00Z");
        for (String grantee : List.of("aarhus", "odense")) {
            command("/grants/" + grantee + "/start", grantee, "{\"startedOn\": \"2018-01-02\"}");
            pay(grantee, 2018, "4000000.00");
        }

        // Round two opens by itself; Esbjerg and Vejle get 10 mio. each from what is left, Aalborg's money included.
        moveTo("2018-02-10T09:00:00Z");
        awaitEvent("RoundOpened", 1);
        for (String applicant : ROUND_TWO) {
            apply(applicant, "10000000.00", "2000000.00", "4000000.00", "4000000.00");
        }
        moveTo("2018-03-20T09:00:00Z");
        awaitEvent("RoundClosed", 2);
        for (String applicant : ROUND_TWO) {
            command(
                    "/pools/aftercare-2017/applications/" + name(applicant) + "/award",
                    "approver",
                    "{\"amount\": \"10000000.00\", \"reason\": \"Scores 4/5\"}");
        }

        // The command side stops and starts again; its deadlines and the pool's state come back from the database.
        String now = clock();
        commandSide.destroy();
        commandSide.waitFor();
        startCommandSide(new File("../command-side/target/command-side-0.1.0-SNAPSHOT.jar"), now);

        moveTo("2018-03-22T09:00:00Z");
        for (String grantee : List.of("esbjerg", "vejle")) {
            command("/grants/" + grantee + "/acceptance", grantee, "{}");
        }
        moveTo("2018-04-03T09:00:00Z");
        for (String grantee : List.of("esbjerg", "vejle")) {
            command("/grants/" + grantee + "/start", grantee, "{\"startedOn\": \"2018-04-03\"}");
            pay(grantee, 2018, "2000000.00");
        }
        command("/grants/aarhus/budget-changes", "aarhus", """
                {"id": "evaluation", "kind": "REALLOCATION", "from": "project", "to": "evaluation",
                 "amount": "50000.00", "reason": "An external evaluation of the aftercare model"}""");
        command("/grants/odense/budget-changes", "odense", """
                {"id": "carry-2019", "kind": "CARRY_OVER", "from": "2019", "to": "2020", "amount": "1000000.00",
                 "reason": "Two aftercare workers start late"}""");
        command(
                "/grants/odense/budget-changes/carry-2019/approval",
                "manager",
                "{\"reason\": \"The delay is explained and the plan for 2020 holds\"}");

        // Status reports for 2018: Vejle misses its due date, so its payments are held until the report is approved.
        moveTo("2019-02-01T09:00:00Z");
        for (String grantee : List.of("aarhus", "odense", "esbjerg")) {
            report(grantee, "status-2018");
        }
        moveTo("2019-03-05T09:00:00Z");
        awaitEvent("ReportOverdue", 1);
        HttpResponse<String> held = send(
                commandPort, "/grants/vejle/disbursements", "finance", "{\"year\": 2019, \"amount\": \"4000000.00\"}");
        assertThat(held.statusCode()).isEqualTo(409);
        assertThat(held.body()).contains("/problems/payments-held");
        assertThat(read("/grants/overdue-reports").findValuesAsString("grantId"))
                .containsExactly("vejle");
        report("vejle", "status-2018");
        for (String[] payment : new String[][] {
            {"aarhus", "4000000.00"}, {"odense", "3000000.00"}, {"esbjerg", "4000000.00"}, {"vejle", "4000000.00"}
        }) {
            pay(payment[0], 2019, payment[1]);
        }

        moveTo("2020-02-01T09:00:00Z");
        for (String grantee : List.of("aarhus", "odense", "esbjerg", "vejle")) {
            report(grantee, "status-2019");
        }
        for (String[] payment : new String[][] {
            {"aarhus", "4000000.00"}, {"odense", "5000000.00"}, {"esbjerg", "4000000.00"}, {"vejle", "4000000.00"}
        }) {
            pay(payment[0], 2020, payment[1]);
        }
        moveTo("2021-03-01T09:00:00Z");
        for (String grantee : List.of("aarhus", "odense", "esbjerg", "vejle")) {
            report(grantee, "final");
        }
        moveTo("2021-06-01T09:00:00Z");
        for (String grantee : List.of("aarhus", "odense", "esbjerg", "vejle")) {
            report(grantee, "accounts");
        }
        command(
                "/grants/esbjerg/repayment-claims",
                "finance",
                "{\"id\": \"unspent\", \"amount\": \"200000.00\", \"reason\": \"Unspent in the audited accounts\"}");
        command("/grants/esbjerg/repayment-claims/unspent/payments", "finance", "{\"amount\": \"200000.00\"}");
        command(
                "/grants/aarhus/repayment-claims",
                "finance",
                "{\"id\": \"small\", \"amount\": \"300.00\", \"reason\": \"Unspent in the audited accounts\"}");
        for (String grantee : List.of("aarhus", "odense", "esbjerg", "vejle")) {
            command(
                    "/grants/" + grantee + "/closure",
                    "manager",
                    "{\"reason\": \"Final report and accounts approved\"}");
        }

        JsonNode pool = read("/pools/aftercare-2017");
        assertThat(pool.get("awarded").asString())
                .as("Aalborg's lapsed grant and Esbjerg's repayment are no longer " + "awarded")
                .isEqualTo(money(sum("GrantAwarded") - sum("AwardReleased")))
                .isEqualTo("43800000.00");
        assertThat(pool.get("returnedToPool").asString()).isEqualTo("12200000.00");
        assertThat(pool.get("returnedToState").asString()).isEqualTo("0.00");
        assertThat(pool.get("paid").asString())
                .isEqualTo(money(sum("DisbursementRecorded")))
                .isEqualTo("44000000.00");
        assertThat(pool.get("repaid").asString())
                .isEqualTo(money(sum("RepaymentReceived")))
                .isEqualTo("200000.00");
        assertThat(pool.get("remaining").asString())
                .as("back to the pool, as its terms have it by default")
                .isEqualTo("15700000.00");
        assertThat(read("/grants?pool=aftercare-2017").findValuesAsString("status"))
                .containsExactlyInAnyOrder("CLOSED", "CLOSED", "CLOSED", "CLOSED", "LAPSED");
        JsonNode programme = read("/programmes/satspulje-2017");
        assertThat(programme.get("paid").asString()).isEqualTo("44000000.00");
        assertThat(programme.get("repaid").asString()).isEqualTo("200000.00");
        HttpResponse<String> csv = send(queryPort, "/pools/aftercare-2017/grants.csv?locale=da", "finance", null);
        assertThat(csv.body())
                .as("a byte order mark first, so Excel shows æøå")
                .startsWith("\uFEFFgrantId;applicant;status;awarded;paid;repaid;owed;paymentId;year;amount")
                .contains("esbjerg;Esbjerg Kommune;CLOSED;10.000.000,00;10.000.000,00;200.000,00;0,00");
    }

    private void apply(String applicant, String amount, String y2018, String y2019, String y2020) throws Exception {
        command("/pools/aftercare-2017/applications", name(applicant), """
                {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "%s"},
                 "projectTitle": "Aftercare for young people leaving care", "amountRequested": "%s",
                 "budget": {"2018": "%s", "2019": "%s", "2020": "%s"}, "activityCategory": "aftercare",
                 "contact": {"name": "Kim Jensen", "email": "kim.jensen@example.dk"}}""".formatted(
                        name(applicant), applicant.split(":")[1], amount, y2018, y2019, y2020));
        command(
                "/pools/aftercare-2017/applications/" + name(applicant) + "/screening",
                "assessor",
                "{\"eligible\": true, \"reason\": \"A municipality; aftercare\"}");
        command(
                "/pools/aftercare-2017/applications/" + name(applicant) + "/scores",
                "assessor",
                "{\"score\": 4, \"justification\": \"A credible plan\"}");
    }

    private void pay(String grantee, int year, String amount) throws Exception {
        command(
                "/grants/" + grantee + "/disbursements",
                "finance",
                "{\"year\": %d, \"amount\": \"%s\"}".formatted(year, amount));
    }

    private void report(String grantee, String reportId) throws Exception {
        command(
                "/grants/" + grantee + "/reports/" + reportId + "/submission",
                grantee,
                "{\"summary\": \"Report " + reportId + " of " + grantee + "\"}");
        command("/grants/" + grantee + "/reports/" + reportId + "/approval", "manager", "{}");
    }

    private static String name(String applicant) {
        return applicant.split(":")[0];
    }

    private static void moveTo(String instant) throws Exception {
        HttpResponse<String> answer = send(commandPort, "/admin/clock", "manager", "{\"to\": \"" + instant + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static String clock() throws Exception {
        return json.readTree(send(commandPort, "/admin/clock", "manager", null).body())
                .get("now")
                .asString();
    }

    /**
     * Waits for events a deadline appends (no command answer carries their position), then reads from there on:
     * the next read waits until the projections have them.
     */
    private void awaitEvent(String type, long count) {
        await(type + " × " + count)
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE ?",
                                Long.class,
                                "%." + type)
                        == count);
        token = Math.max(
                token,
                jdbc.queryForObject(
                        "SELECT MAX(globalIndex) FROM DomainEventEntry WHERE payloadType " + "LIKE ?",
                        Long.class,
                        "%." + type));
    }

    /** The sum of the amounts the events of one type carry, read from the event store itself. */
    private long sum(String type) {
        return jdbc
                .queryForList(
                        "SELECT payload FROM DomainEventEntry WHERE payloadType LIKE ?", byte[].class, "%." + type)
                .stream()
                .mapToLong(
                        payload -> Money.of(json.readTree(payload).get("amount").asString())
                                .oere())
                .sum();
    }

    private static String money(long oere) {
        return new Money(oere).toString();
    }

    private static void command(String path, String user, String body) throws Exception {
        HttpResponse<String> answer = send(commandPort, path, user, body);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isBetween(200, 299);
        answer.headers().firstValue("Pulje-Consistency-Token").ifPresent(t -> token = Long.parseLong(t));
    }

    private JsonNode read(String path) throws Exception {
        HttpResponse<String> answer = http.send(
                request(queryPort, path, "auditor")
                        .header("Pulje-Consistency-Token", Long.toString(token))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private static HttpResponse<String> send(int port, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = request(port, path, user);
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int port, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}

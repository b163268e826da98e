package dk.pulje.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.testing.TestPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
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
 * The whole system as it is deployed: the command side's jar runs as its own process, this query side in the
 * test, both on one PostgreSQL database and meeting only through its event store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
class WholeSystemIT {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static String database;
    private static AppProcess commandSide;

    @LocalServerPort
    int queryPort;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startCommandSide() throws Exception {
        database = TestPostgres.freshDatabase("system");
        commandSide = AppProcess.commandSide(database, "whole-system");
    }

    @AfterAll
    static void stopCommandSide() {
        if (commandSide != null) {
            commandSide.close();
        }
    }

    @DynamicPropertySource
    static void sameDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Test
    void the_seed_pools_loaded_by_the_command_side_are_read_on_the_query_side() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(read("/pools", "viewer", -1).findValuesAsString("poolId"))
                        .contains(
                                "ppr-early-preventive-2017",
                                "aftercare-2017",
                                "mentalisation-2017",
                                "early-preventive-effort-2017",
                                "learning-environment-2019",
                                "parent-support-2019",
                                "family-treatment-2019"));

        JsonNode pool = read("/pools/early-preventive-effort-2017", "viewer", -1);
        assertThat(pool.get("budget").asString()).isEqualTo("24900000.00");
        assertThat(pool.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(pool.get("terms").get("eligibleKinds").toString()).isEqualTo("[\"MUNICIPALITY\"]");
        assertThat(pool.get("terms").get("categories")).hasSize(6);
        JsonNode programme = read("/programmes/satspulje-2017-children-youth", "viewer", -1);
        assertThat(programme.get("envelope").asString()).isEqualTo("196600000.00");
        assertThat(programme.get("allocated").asString()).isEqualTo("196600000.00");
    }

    @Test
    void concurrent_awards_never_overcommit_and_the_overview_agrees_with_the_event_store() throws Exception {
        LocalDate today = LocalDate.now();
        command("/programmes", "manager", "{\"id\": \"race\", \"name\": \"Race\", \"envelope\": \"3000000.00\"}", 201);
        command(
                "/programmes/race/pools",
                "manager",
                """
                {"id": "race-pool", "title": "Race", "budget": "3000000.00", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "race", "title": "Race"}],
                 "limits": {"minimum": "100000.00", "maximum": "3000000.00"},
                 "rounds": [{"opens": "%sT00:00:00", "deadline": "%sT12:00:00"}],
                 "projectPeriod": {"start": "%d-01-01", "end": "%d-12-31"}}""".formatted(today.minusDays(1), today.plusDays(30), today.getYear(), today.getYear() + 2),
                201);
        command("/pools/race-pool/publication", "manager", "{}", 202);
        for (String[] applicant : List.of(new String[] {"aarhus", "751"}, new String[] {"odense", "461"})) {
            command(
                    "/pools/race-pool/applications",
                    applicant[0],
                    """
                    {"id": "%s", "applicant": {"kind": "MUNICIPALITY", "municipality": "%s"}, "projectTitle": "Race",
                     "amountRequested": "2000000.00", "budget": {"%d": "2000000.00"}, "activityCategory": "race",
                     "contact": {"name": "Kim Jensen", "email": "kim@example.dk"}}""".formatted(applicant[0], applicant[1], today.getYear() + 1),
                    201);
            command(
                    "/pools/race-pool/applications/" + applicant[0] + "/screening",
                    "assessor",
                    "{\"eligible\": true, \"reason\": \"ok\"}",
                    202);
        }

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicLong lastToken = new AtomicLong(-1);
        ExecutorService threads = Executors.newFixedThreadPool(64);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 64; t++) {
            String application = t % 2 == 0 ? "aarhus" : "odense";
            done.add(threads.submit(() -> {
                HttpResponse<String> answer = commandSide.post(
                        "/pools/race-pool/applications/" + application + "/award",
                        "approver",
                        "{\"amount\": \"2000000.00\", \"reason\": \"Race\"}");
                statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger())
                        .incrementAndGet();
                answer.headers()
                        .firstValue("Pulje-Consistency-Token")
                        .ifPresent(token -> lastToken.accumulateAndGet(Long.parseLong(token), Math::max));
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();

        assertThat(statuses.keySet()).isSubsetOf(202, 409);
        assertThat(statuses.get(202)).hasValue(1);
        long awardedInTheEventStore = jdbc
                .queryForList(
                        "SELECT payload FROM DomainEventEntry WHERE "
                                + "aggregateIdentifier = 'race-pool' AND payloadType = 'dk.pulje.shared.application.GrantAwarded'",
                        byte[].class)
                .stream()
                .mapToLong(
                        payload -> Money.of(json.readTree(payload).get("amount").asString())
                                .oere())
                .sum();
        assertThat(awardedInTheEventStore).isEqualTo(200_000_000L);

        JsonNode overview = read("/pools/race-pool", "viewer", lastToken.get());
        assertThat(overview.get("awarded").asString()).isEqualTo("2000000.00");
        assertThat(overview.get("remaining").asString()).isEqualTo("1000000.00");
        assertThat(overview.get("applicationsByStatus").get("AWARDED").asInt()).isEqualTo(1);

        JsonNode award = read("/audit/pools/race-pool/history?limit=1000", "auditor", -1)
                .get("items")
                .valueStream()
                .filter(entry -> entry.get("event").asString().equals("GrantAwarded"))
                .findFirst()
                .orElseThrow();
        assertThat(award.get("decidedBy").asString()).isEqualTo("approver");
        assertThat(award.get("role").asString()).isEqualTo("APPROVER");
        assertThat(award.get("correlationId").asString()).isNotBlank();
        assertThat(award.get("traceId").asString()).isNotBlank();
    }

    @Test
    void a_replay_rebuilds_read_models_identical_to_the_ones_it_replaced() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(read("/pools", "viewer", -1)).hasSizeGreaterThanOrEqualTo(7));
        JsonNode before = read("/admin/read-models/checksums", "auditor", -1);

        HttpResponse<String> replay = DemoHttp.post(queryPort, "/admin/projections/replay", "auditor", "{}");
        assertThat(replay.statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(read("/admin/read-models/checksums", "auditor", -1))
                        .isEqualTo(before));
    }

    @Test
    void an_erased_person_is_gone_from_every_answer_export_and_table_and_the_chain_still_verifies() throws Exception {
        LocalDate today = LocalDate.now();
        command("/programmes", "manager", "{\"id\": \"gdpr\", \"name\": \"GDPR\", \"envelope\": \"1000000.00\"}", 201);
        command(
                "/programmes/gdpr/pools",
                "manager",
                """
                {"id": "gdpr-pool", "title": "GDPR", "budget": "1000000.00", "eligibleKinds": ["MUNICIPALITY"],
                 "categories": [{"code": "gdpr", "title": "GDPR"}],
                 "limits": {"minimum": "100000.00", "maximum": "1000000.00"},
                 "rounds": [{"opens": "%sT00:00:00", "deadline": "%sT12:00:00"}],
                 "projectPeriod": {"start": "%d-01-01", "end": "%d-12-31"}}""".formatted(today.minusDays(1), today.plusDays(30), today.getYear(), today.getYear() + 1),
                201);
        command("/pools/gdpr-pool/publication", "manager", "{}", 202);
        HttpResponse<String> submitted =
                commandSide.command("/pools/gdpr-pool/applications", "vejle", """
                {"id": "gdpr-vejle", "applicant": {"kind": "MUNICIPALITY", "municipality": "630"},
                 "projectTitle": "Familiebehandling", "amountRequested": "500000.00", "budget": {"%d": "500000.00"},
                 "activityCategory": "gdpr",
                 "contact": {"name": "Birthe Erasmussen", "email": "Birthe.Erasmussen@vejle.dk", "phone": "+45 75 81 55 55"}}""".formatted(today.getYear()), 201);
        long token = Long.parseLong(
                submitted.headers().firstValue("Pulje-Consistency-Token").orElseThrow());
        String[] traces = {"Erasmussen", "Birthe", "birthe", "75 81 55 55"};
        assertThat(tablesHolding(traces))
                .as("sealed in the event store from the start; only the e-mail outbox holds the address its receipt "
                        + "goes to")
                .allMatch(found -> found.startsWith("notification_outbox."));
        String history = "/audit/pools/gdpr-pool/applications/gdpr-vejle/history";
        assertThat(read(history, "auditor", token).toString())
                .contains("Birthe Erasmussen", "Birthe.Erasmussen@vejle.dk");
        JsonNode checksums = read("/admin/read-models/checksums", "auditor", token);

        commandSide.command(
                "/personal-data/erasures",
                "manager",
                "{\"email\": \"birthe.erasmussen@VEJLE.dk\", \"reason\": \"Asked to be forgotten, case 114\"}",
                202);
        HttpResponse<String> again = commandSide.post(
                "/personal-data/erasures",
                "manager",
                "{\"email\": \"birthe.erasmussen@vejle.dk\", \"reason\": \"Twice\"}");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("/problems/person-not-found");
        assertThat(DemoHttp.post(queryPort, "/admin/projections/replay", "auditor", "{}")
                        .statusCode())
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(read("/admin/read-models/checksums", "auditor", -1)).isEqualTo(checksums);
            for (String answer : List.of(
                    history,
                    history + ".jsonl",
                    history + ".csv",
                    "/audit/pools/gdpr-pool/history.jsonl",
                    "/audit/pools/gdpr-pool/package",
                    "/pools/gdpr-pool/applications/gdpr-vejle")) {
                HttpResponse<String> shown = DemoHttp.get(queryPort, answer, "auditor");
                assertThat(shown.statusCode()).as(answer).isEqualTo(200);
                assertThat(shown.body())
                        .as(answer)
                        .doesNotContainIgnoringCase("birthe")
                        .doesNotContain("Erasmussen", "75 81 55 55");
            }
        });
        JsonNode submission = read(history, "auditor", -1).get("items").get(0).get("payload");
        assertThat(submission.get("contact").get("name").asString()).isEqualTo("(slettet)");
        assertThat(submission.get("projectTitle").asString()).isEqualTo("Familiebehandling");
        assertThat(read("/audit/personal-data-access?applicationId=gdpr-vejle", "auditor", -1))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(tablesHolding(traces)).isEmpty());
        assertThat(read("/audit/chain/verify", "auditor", -1).get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void a_pool_announced_then_published_its_meeting_and_a_subscription_run_through_both_apis() throws Exception {
        LocalDate today = LocalDate.now();
        command("/programmes", "manager", "{\"id\": \"news\", \"name\": \"News\", \"envelope\": \"20000000.00\"}", 201);
        commandSide.command("/subscriptions", "odense", """
                {"recipient": {"name": "Kim Jensen", "email": "kim.jensen@odense.dk"},
                 "applicantKinds": ["MUNICIPALITY"], "topics": ["læringsmiljø"]}""", 202);
        command(
                "/programmes/news/pools",
                "manager",
                """
                {"id": "news-pool", "title": "Stærkere læringsmiljø for anbragte børn", "budget": "20000000.00",
                 "eligibleKinds": ["MUNICIPALITY"], "categories": [{"code": "c", "title": "C"}],
                 "limits": {"minimum": "100000.00", "maximum": "5000000.00"},
                 "rounds": [{"opens": "%sT00:00:00", "deadline": "%sT12:00:00"}],
                 "projectPeriod": {"start": "%d-01-01", "end": "%d-12-31"}}""".formatted(today.plusDays(60), today.plusDays(90), today.getYear() + 1, today.getYear() + 2),
                201);
        command("/pools/news-pool/announcement", "manager", """
                {"publication": {"earliest": "%s", "latest": "%s", "wording": "end of the month"}}""".formatted(today.plusDays(1), today.plusDays(30)), 202);
        HttpResponse<String> announced =
                commandSide.post("/pools/news-pool/applications", "vejle", """
                {"id": "news-vejle", "applicant": {"kind": "MUNICIPALITY", "municipality": "630"},
                 "projectTitle": "T", "amountRequested": "500000.00", "budget": {"%d": "500000.00"},
                 "activityCategory": "c", "contact": {"name": "Jens", "email": "jens@vejle.dk"}}""".formatted(today.getYear() + 1));
        assertThat(announced.statusCode()).isEqualTo(409);
        assertThat(announced.body()).contains("/problems/pool-state");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                DemoHttp.get(queryPort, "/public/pools", null).body())
                        .contains("news-pool", "ANNOUNCED", "end of the month"));

        command("/pools/news-pool/publication", "manager", """
                {"rounds": [{"opens": "%sT00:00:00", "deadline": "%sT12:00:00"}]}""".formatted(today.minusDays(1), today.plusDays(20)), 202);
        command("/meetings", "manager", """
                {"id": "news-meeting", "pools": ["news-pool"], "date": "%s", "starts": "10:00", "ends": "14:30",
                 "place": "Mødecenter Odense, Buchwaldsgade 48, Odense", "free": true, "capacity": 1}""".formatted(today.plusDays(10)), 201);
        commandSide.command(
                "/meetings/news-meeting/registrations",
                "odense",
                "{\"attendee\": {\"name\": \"Ida Holm\", \"email\": \"ida@odense.dk\"}}",
                201);
        HttpResponse<String> waiting = commandSide.command(
                "/meetings/news-meeting/registrations",
                "aarhus",
                "{\"attendee\": {\"name\": \"Ane Berg\", \"email\": \"ane@aarhus.dk\"}}",
                201);
        long token = Long.parseLong(
                waiting.headers().firstValue("Pulje-Consistency-Token").orElseThrow());

        JsonNode meeting = json.readTree(DemoHttp.get(queryPort, "/public/meetings/news-meeting", null, token)
                .body());
        assertThat(meeting.get("seatsTaken").asInt()).isEqualTo(1);
        assertThat(meeting.get("waiting").asInt()).isEqualTo(1);
        JsonNode registrations = read("/meetings/news-meeting/registrations", "manager", token);
        assertThat(registrations.findValuesAsString("name")).containsExactly("Ida Holm", "Ane Berg");
        assertThat(registrations.get(1).get("waiting").asBoolean()).isTrue();
        JsonNode current = read("/public/pools", "viewer", token);
        assertThat(current.toString()).contains("news-pool", "PUBLISHED", "end of the month", "news-meeting");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT subject FROM notification_outbox WHERE recipient_email = "
                                        + "'kim.jensen@odense.dk'",
                                String.class))
                        .containsExactly("Ny pulje: Stærkere læringsmiljø for anbragte børn"));
    }

    /** Every table and column of the database in which one of {@code traces} occurs, as text or as bytes. */
    private List<String> tablesHolding(String... traces) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("SELECT table_name, column_name, data_type FROM "
                + "information_schema.columns WHERE table_schema = 'public' AND data_type IN "
                + "('text', 'character varying', 'bytea', 'json', 'jsonb')")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            boolean bytes = "bytea".equals(column.get("data_type"));
            for (String trace : traces) {
                String where = bytes
                        ? "position(convert_to(?, 'UTF8') IN \"" + name + "\") > 0"
                        : "\"" + name + "\"::text LIKE '%' || ? || '%'";
                Integer hits = jdbc.queryForObject(
                        "SELECT count(*) FROM \"" + table + "\" WHERE " + where, Integer.class, trace);
                if (hits != null && hits > 0) {
                    found.add(table + "." + name + " holds " + trace);
                }
            }
        }
        return found;
    }

    private JsonNode read(String path, String user, long token) throws IOException, InterruptedException {
        HttpResponse<String> answer = DemoHttp.get(queryPort, path, user, token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private static void command(String path, String user, String body, int expected) throws Exception {
        commandSide.command(path, user, body, expected);
    }
}

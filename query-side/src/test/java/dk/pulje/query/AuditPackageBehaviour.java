package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.shared.common.Role.APPLICANT;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.ASSESSOR;
import static dk.pulje.shared.common.Role.POOL_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.pulje.query.audit.chain.AnchorKey;
import dk.pulje.query.audit.chain.AnchorLog;
import dk.pulje.query.audit.chain.ChainLink;
import dk.pulje.query.audit.chain.StoredEvent;
import dk.pulje.query.audit.export.AuditPackageCheck;
import dk.pulje.query.audit.export.AuditPackageCheck.Failed;
import dk.pulje.query.audit.export.AuditPackageCheck.Outcome;
import dk.pulje.query.audit.export.AuditPackageCheck.Verified;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationScored;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.pool.Round;
import dk.pulje.shared.programme.ProgrammeId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pool's audit package, downloaded by an auditor and checked offline as the verifier on the command line checks
 * it. Run once per storage profile by the subclasses.
 */
@SpringBootTest(properties = {"pulje.consistency.max-wait=30s", "pulje.chain.anchor-interval=200ms"})
@AutoConfigureMockMvc
abstract class AuditPackageBehaviour {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AnchorLog anchorLog;

    @Value("${pulje.chain.anchor-key}")
    private String anchorKey;

    private EventLog events;
    private final ProgrammeId programme = ProgrammeId.random();
    private final PoolId pool = PoolId.random();
    private final ApplicationId aarhus = ApplicationId.random();
    private final ApplicationId odense = ApplicationId.random();
    private final ApplicationId vejle = ApplicationId.random();

    @BeforeEach
    void eventLog() {
        events = new EventLog(eventStore, jdbc);
    }

    @Test
    void a_pools_package_verifies_offline_and_gives_the_state_the_read_model_shows() throws Exception {
        long last = decidedPool();

        MvcTestResult download = download(pool, last);

        assertThat(download)
                .hasStatusOk()
                .hasContentType("application/x-ndjson")
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pool + ".ndjson\"");
        Outcome outcome = check(lines(download));
        assertThat(outcome).isInstanceOfSatisfying(Verified.class, verified -> {
            assertThat(verified.trailer().poolId()).isEqualTo(pool.value());
            assertThat(verified.trailer().events()).isEqualTo(11);
            assertThat(verified.pool().status()).isEqualTo(PoolStatus.PUBLISHED);
            assertThat(verified.pool().budget()).isEqualTo(Money.millions("30"));
            assertThat(verified.pool().awarded()).isEqualTo(Money.of("1800000"));
            assertThat(verified.pool().remaining()).isEqualTo(Money.of("28200000"));
            assertThat(verified.pool().applicationsByStatus())
                    .isEqualTo(Map.of(
                            ApplicationStatus.SUBMITTED,
                            0,
                            ApplicationStatus.ELIGIBLE,
                            0,
                            ApplicationStatus.NOT_ELIGIBLE,
                            1,
                            ApplicationStatus.AWARDED,
                            1,
                            ApplicationStatus.REJECTED,
                            0,
                            ApplicationStatus.WITHDRAWN,
                            1));
        });
        assertThat(outcome.report())
                .contains(
                        "status PUBLISHED, budget 30000000.00, awarded 1800000.00, " + "remaining 28200000.00",
                        "applications SUBMITTED 0, ELIGIBLE 0, NOT_ELIGIBLE 1, AWARDED 1");
        assertThat(get("/pools/" + pool, last)).bodyJson().isLenientlyEqualTo("""
                {"status": "PUBLISHED", "budget": "30000000.00", "awarded": "1800000.00", "remaining": "28200000.00",
                 "applicationsByStatus": {"SUBMITTED": 0, "ELIGIBLE": 0, "NOT_ELIGIBLE": 1, "AWARDED": 1,
                                          "REJECTED": 0, "WITHDRAWN": 1}}""");
    }

    @Test
    void every_line_holds_the_stored_event_and_its_links_and_the_last_the_chains_head() throws Exception {
        long last = decidedPool();
        List<String> lines = lines(download(pool, last));

        for (int sequence = 0; sequence < lines.size() - 1; sequence++) {
            JsonNode line = JSON.readTree(lines.get(sequence));
            Map<String, Object> stored = jdbc.queryForMap(
                    "SELECT e.globalIndex, e.eventIdentifier, e.payload,"
                            + " e.metaData, c.link, c.chain_sequence FROM DomainEventEntry e JOIN event_chain c"
                            + " ON c.global_index = e.globalIndex WHERE e.aggregateIdentifier = ? AND e.sequenceNumber = ?",
                    pool.value(),
                    sequence);
            assertThat(line.get("sequenceNumber").asLong()).isEqualTo(sequence);
            assertThat(line.get("eventIdentifier").asString()).isEqualTo(stored.get("eventIdentifier"));
            assertThat(line.get("payload")).isEqualTo(JSON.readTree((byte[]) stored.get("payload")));
            assertThat(line.get("metaData")).isEqualTo(JSON.readTree((byte[]) stored.get("metaData")));
            assertThat(line.get("link").asString()).isEqualTo(stored.get("link"));
            assertThat(line.get("chainSequence").asLong())
                    .isEqualTo(((Number) stored.get("chain_sequence")).longValue());
            assertThat(line.get("previousLink").asString())
                    .isEqualTo(jdbc.queryForObject(
                            "SELECT link FROM event_chain WHERE chain_sequence = ?",
                            String.class,
                            ((Number) stored.get("chain_sequence")).longValue() - 1));
        }
        JsonNode closing = JSON.readTree(lines.get(lines.size() - 1));
        assertThat(closing.get("chainFormat").asInt()).isEqualTo(2);
        String verified = mvc.get()
                .uri("/audit/chain/verify")
                .header(HttpHeaders.AUTHORIZATION, basic("auditor"))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(closing.get("position").asLong())
                .isEqualTo(JSON.readTree(verified).get("position").asLong());
        assertThat(closing.get("head").asString())
                .isEqualTo(JSON.readTree(verified).get("head").asString());
    }

    @Test
    void a_character_changed_in_a_payload_is_named_by_its_line() throws Exception {
        long last = decidedPool();
        List<String> lines = new ArrayList<>(lines(download(pool, last)));
        int awarded = 9;
        assertThat(lines.get(awarded - 1)).contains("\"payloadType\":\"" + GrantAwarded.class.getName() + "\"");

        lines.set(
                awarded - 1, lines.get(awarded - 1).replace("\"amount\":\"1800000.00\"", "\"amount\":\"1900000.00\""));

        assertThat(check(lines)).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.line()).isEqualTo(awarded);
            assertThat(failed.report())
                    .startsWith("FAILED: line 9: event ")
                    .endsWith(" (sequence 8) does not give its" + " link: the line was altered");
        });
    }

    @Test
    void a_line_altered_with_its_link_recomputed_no_longer_connects_to_the_chains_head() throws Exception {
        long last = decidedPool();
        List<String> lines = new ArrayList<>(lines(download(pool, last)));
        int awarded = 9;

        lines.set(
                awarded - 1,
                withLinkRecomputed(
                        lines.get(awarded - 1).replace("\"amount\":\"1800000.00\"", "\"amount\":\"1900000.00\"")));

        assertThat(check(lines))
                .isInstanceOfSatisfying(
                        Failed.class, failed -> assertThat(failed.reason()).contains("does not connect"));
    }

    @Test
    void with_the_anchor_key_the_heads_anchor_is_authenticated_and_a_forged_one_refused() throws Exception {
        long last = decidedPool();
        List<String> lines = new ArrayList<>(lines(download(pool, last)));
        AuditPackageCheck withKey = new AuditPackageCheck(AnchorKey.fromBase64(anchorKey));

        assertThat(withKey.check(lines))
                .isInstanceOfSatisfying(
                        Verified.class,
                        verified -> assertThat(verified.report()).contains("the anchor key authenticates it"));
        int closing = lines.size() - 1;
        String anchoredAt = JSON.readTree(lines.get(closing)).get("anchoredAt").asString();
        lines.set(closing, lines.get(closing).replace(anchoredAt, "2017-01-01T00:00:00Z"));
        assertThat(withKey.check(lines))
                .isEqualTo(new Failed(
                        lines.size(),
                        "the head's anchor does not "
                                + "authenticate with the anchor key: the head was not anchored by Pulje"));
    }

    @Test
    void a_missing_event_or_a_file_cut_short_is_named_by_its_line() throws Exception {
        long last = decidedPool();
        List<String> lines = lines(download(pool, last));

        List<String> withoutTheFifth = new ArrayList<>(lines);
        withoutTheFifth.remove(4);
        assertThat(check(withoutTheFifth)).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.line()).isEqualTo(5);
            assertThat(failed.reason()).contains("(sequence 5) stands where sequence 4 is due");
        });
        assertThat(check(lines.subList(0, 7)))
                .isEqualTo(
                        new Failed(7, "the closing line with the chain's head is missing: the file may be cut short"));
    }

    @Test
    void the_pools_last_event_cut_out_and_passed_off_as_a_hash_between_is_refused() throws Exception {
        long last = decidedPool();
        List<String> lines = lines(download(pool, last));
        AuditPackageCheck withKey = new AuditPackageCheck(AnchorKey.fromBase64(anchorKey));

        String lastEvent = lines.get(lines.size() - 2);
        assertThat(withKey.check(lines)).isInstanceOf(Verified.class);

        List<String> cut = withoutTheLastEvent(lines, connectorOf(lastEvent, pool.value()));
        assertThat(withKey.check(cut)).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.line()).isEqualTo(10);
            assertThat(failed.reason())
                    .endsWith("(sequence 9) is followed by an event of the pool that is no line of"
                            + " the package: the pool's history was cut");
        });
        List<String> passedOff = withoutTheLastEvent(lines, connectorOf(lastEvent, programme.value()));
        assertThat(withKey.check(passedOff))
                .isInstanceOfSatisfying(
                        Failed.class, failed -> assertThat(failed.reason()).contains("do not connect to the head"));
    }

    /** The Python of docs/audit.md checks a package as Java does: the head for a true one, a refusal for a cut one. */
    @Test
    void the_python_check_in_the_docs_agrees_with_the_verifier() throws Exception {
        long last = decidedPool();
        List<String> lines = lines(download(pool, last));
        String head = JSON.readTree(lines.get(lines.size() - 1)).get("head").asString();
        List<String> cut = withoutTheLastEvent(lines, connectorOf(lines.get(lines.size() - 2), pool.value()));

        assertThat(python(lines)).isEqualTo(head);
        assertThat(python(cut)).startsWith("FAILED").contains("the pool's history was cut");
    }

    @Test
    void only_auditors_download_packages_and_only_of_pools() {
        long last = decidedPool();

        assertThat(mvc.get()
                        .uri("/audit/pools/" + pool + "/package")
                        .header(HttpHeaders.AUTHORIZATION, basic("viewer")))
                .hasStatus(403);
        assertThat(download(PoolId.random(), last))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/not-found");
        assertThat(mvc.get()
                        .uri("/audit/pools/" + programme + "/package")
                        .header(HttpHeaders.AUTHORIZATION, basic("auditor")))
                .hasStatus(404);
    }

    /**
     * Published and amended to 30 mio.; Aarhus, Odense and Vejle apply, Odense withdraws, Vejle is not eligible and
     * Aarhus is awarded 1.8 mio.: eleven events, the award at sequence 8.
     */
    /** Nothing asks for an anchor here: the head that moved is anchored at the interval all the same. */
    @Test
    void the_chains_head_is_anchored_in_the_anchor_file_at_intervals_by_itself() {
        long last = decidedPool();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(anchoredPositions()).contains(last));
    }

    private List<Long> anchoredPositions() throws IOException {
        Path file = anchorLog.file();
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream()
                .filter(line -> !line.isBlank())
                .map(line -> JSON.readTree(line).get("position").asLong())
                .toList();
    }

    private long decidedPool() {
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        return events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                submitted(pool, aarhus, "751", "2000000", "2017-03-01T09:00:00Z"),
                submitted(pool, odense, "461", "3000000", "2017-03-02T10:00:00Z"),
                submitted(pool, vejle, "630", "500000", "2017-03-03T10:00:00Z"),
                new ApplicationWithdrawn(
                        pool,
                        odense,
                        decision("employee-461", APPLICANT, "2017-03-10T09:00:00Z", "Joins a joint application")),
                new ApplicationScreened(
                        pool,
                        aarhus,
                        true,
                        decision("assessor", ASSESSOR, "2017-03-27T09:00:00Z", "Meets every criterion")),
                new ApplicationScored(
                        pool,
                        aarhus,
                        4,
                        decision("assessor", ASSESSOR, "2017-03-28T09:00:00Z", "A strong partnership")),
                new GrantAwarded(
                        pool,
                        aarhus,
                        Applicant.municipality("751"),
                        Money.of("1800000"),
                        List.of(4),
                        1,
                        decision("approver", APPROVER, "2017-04-03T09:00:00Z", "Scores 4/5")),
                new ApplicationScreened(
                        pool,
                        vejle,
                        false,
                        decision("assessor", ASSESSOR, "2017-04-04T09:00:00Z", "Not an early preventive effort")),
                new PoolAmended(
                        pool,
                        SeedEvents.POOL_BUDGET,
                        Money.millions("30"),
                        List.of(new Round(1, LocalDateTime.parse("2017-02-06T00:00"), Deadline.of("2017-03-24T12:00"))),
                        2,
                        decision("manager", POOL_MANAGER, "2017-04-20T09:00:00Z", "More applicants than expected"),
                        null));
    }

    /**
     * The package as a forger would cut its last event out: the event's connector is moved into the line before's
     * {@code followedBy}, between that line's hashes and the cut line's, and the closing line counts one event less.
     */
    private static List<String> withoutTheLastEvent(List<String> lines, String connector) {
        List<String> cut = new ArrayList<>(lines);
        String closing = cut.remove(cut.size() - 1);
        String removed = cut.remove(cut.size() - 1);
        String before = cut.remove(cut.size() - 1);
        List<String> followedBy = new ArrayList<>();
        for (String hashes : List.of(followedBy(before), connector, followedBy(removed))) {
            if (!hashes.isEmpty()) {
                followedBy.add(hashes);
            }
        }
        cut.add(before.substring(0, before.lastIndexOf(FOLLOWED_BY) + FOLLOWED_BY.length())
                + String.join(",", followedBy) + "]}");
        cut.add(closing.replace("\"events\":" + (lines.size() - 1) + ",", "\"events\":" + (lines.size() - 2) + ","));
        return cut;
    }

    private static final String FOLLOWED_BY = ",\"followedBy\":[";

    /** The JSON text of a line's {@code followedBy}, without its brackets. */
    private static String followedBy(String line) {
        return line.substring(line.lastIndexOf(FOLLOWED_BY) + FOLLOWED_BY.length(), line.length() - 2);
    }

    /** What connects the line's event to the chain in another line's {@code followedBy}, naming the aggregate. */
    private static String connectorOf(String line, String aggregateIdentifier) throws Exception {
        return "{\"aggregateIdentifier\":\"" + aggregateIdentifier + "\",\"contentHash\":\""
                + ChainLink.contentHash(storedEvent(line)) + "\"}";
    }

    /** The line with the link a forger would compute for its fields as they now stand. */
    private static String withLinkRecomputed(String line) throws Exception {
        JsonNode fields = JSON.readTree(line);
        String link = fields.get("link").asString();
        return line.replace(
                "\"link\":\"" + link + "\"",
                "\"link\":\"" + ChainLink.next(fields.get("previousLink").asString(), storedEvent(line)) + "\"");
    }

    /** The event as a line holds it. */
    private static StoredEvent storedEvent(String line) throws Exception {
        JsonNode fields = JSON.readTree(line);
        int payload = line.indexOf("\"payload\":") + "\"payload\":".length();
        int metaData = line.indexOf(",\"metaData\":");
        Matcher afterMetaData =
                Pattern.compile(",\"(chainSequence|previousLink)\":").matcher(line);
        assertThat(afterMetaData.find(metaData)).isTrue();
        return new StoredEvent(
                fields.get("globalIndex").asLong(),
                fields.get("eventIdentifier").asString(),
                fields.get("aggregateIdentifier").asString(),
                fields.get("sequenceNumber").asLong(),
                fields.get("type").asString(),
                fields.get("timeStamp").asString(),
                fields.get("payloadType").asString(),
                fields.get("payloadRevision").asString(),
                line.substring(payload, metaData).getBytes(StandardCharsets.UTF_8),
                line.substring(metaData + ",\"metaData\":".length(), afterMetaData.start())
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** What the docs' {@code check_package} answers for the package, with the anchor key: the head or FAILED. */
    private String python(List<String> lines) throws Exception {
        Path file = Files.createTempFile("package", ".ndjson");
        Files.write(file, lines);
        String audit = Files.readString(Path.of("..", "docs", "audit.md"));
        StringBuilder script = new StringBuilder();
        for (int start = audit.indexOf("```python\n"); start >= 0; start = audit.indexOf("```python\n", start)) {
            start += "```python\n".length();
            script.append(audit, start, audit.indexOf("```", start)).append('\n');
        }
        script.append("""
                import base64, sys
                try:
                    print(check_package(sys.argv[1], base64.b64decode(sys.argv[2])))
                except AssertionError as e:
                    print('FAILED', e)
                """);
        Process process;
        try {
            process = new ProcessBuilder("python3", "-c", script.toString(), file.toString(), anchorKey)
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException noPython) {
            assumeTrue(false, "python3 is not installed");
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(output).isZero();
        Files.delete(file);
        return output;
    }

    private static Outcome check(List<String> lines) {
        return new AuditPackageCheck().check(lines);
    }

    private static List<String> lines(MvcTestResult download) {
        return new String(download.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)
                .lines()
                .toList();
    }

    /** With the consistency token of the pool's last event, so the chain has reached it. */
    private MvcTestResult download(PoolId poolId, long consistencyToken) {
        return get("/audit/pools/" + poolId + "/package", consistencyToken);
    }

    private MvcTestResult get(String uri, long consistencyToken) {
        return mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic("auditor"))
                .header("Pulje-Consistency-Token", String.valueOf(consistencyToken))
                .exchange();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

package dk.pulje.query;

import static dk.pulje.query.SeedEvents.allocated;
import static dk.pulje.query.SeedEvents.decision;
import static dk.pulje.query.SeedEvents.earlyPreventiveEffort;
import static dk.pulje.query.SeedEvents.satspulje2017;
import static dk.pulje.query.SeedEvents.submitted;
import static dk.pulje.shared.common.Role.APPROVER;
import static dk.pulje.shared.common.Role.POOL_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.query.audit.chain.ChainAnchor;
import dk.pulje.query.audit.chain.ChainAnchors;
import dk.pulje.query.audit.chain.ChainLink;
import dk.pulje.query.audit.chain.StoredEvent;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
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

/**
 * The hash chain over the event store: every event appended is chained, the chain verifies, and an event altered,
 * removed or slipped in behind the chain's back with SQL is named by its position. Every test that tampers with
 * the store puts it back, so the tests share one store. Run once per storage profile by the subclasses.
 */
@SpringBootTest(properties = {"pulje.consistency.max-wait=30s", "pulje.chain.anchor-interval=1h"})
@AutoConfigureMockMvc
abstract class HashChainBehaviour {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private ChainAnchors anchors;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private TokenStore tokens;

    @Value("${pulje.chain.anchor-key}")
    private String anchorKey;

    private EventLog events;
    private final ProgrammeId programme = ProgrammeId.random();
    private final PoolId pool = PoolId.random();

    /** The anchor file of this test's application context. */
    abstract String anchorFile();

    /** The environment in which the query side's command line finds this test's database. */
    abstract Map<String, String> commandLineEnvironment();

    /** The arguments, beside {@code --pulje.verify-chain}, that choose this test's profile. */
    abstract List<String> commandLineArguments();

    @BeforeEach
    void eventLog() {
        events = new EventLog(eventStore, jdbc);
    }

    @Test
    void every_event_is_chained_and_the_chain_is_intact_up_to_the_last_one() {
        long last = awardedPool();

        assertThat(verify(last)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"intact": true, "position": %d, "head": "%s"}""".formatted(last, linkAt(last)));
        List<StoredEvent> stored = jdbc.query(
                "SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry e" + " ORDER BY e.globalIndex",
                (row, index) -> StoredEvent.read(row));
        List<String> links = jdbc.queryForList("SELECT link FROM event_chain ORDER BY chain_sequence", String.class);
        String previous = ChainLink.GENESIS;
        List<String> recomputed = new ArrayList<>();
        for (StoredEvent event : stored) {
            previous = ChainLink.next(previous, event);
            recomputed.add(previous);
        }
        assertThat(links).isEqualTo(recomputed);
    }

    @Test
    void an_event_whose_payload_was_changed_in_the_store_is_named_as_altered() {
        long last = awardedPool();
        long awarded = positionOf(pool, 3);
        byte[] payload = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE globalIndex = ?", byte[].class, awarded);
        byte[] changed = payload.clone();
        int amount = new String(payload, StandardCharsets.UTF_8).indexOf("1800000.00");
        changed[amount] = '2';

        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", changed, awarded);
        try {
            assertThat(verify(last)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"intact": false, "position": %d, "eventIdentifier": "%s", "problem": "altered"}""".formatted(
                            awarded, identifierAt(awarded)));
        } finally {
            jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", payload, awarded);
        }
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void an_event_deleted_from_the_store_is_named_as_removed() {
        long last = awardedPool();
        StoredEvent published = storedAt(positionOf(pool, 1));

        jdbc.update("DELETE FROM DomainEventEntry WHERE globalIndex = ?", published.globalIndex());
        try {
            assertThat(verify(last)).bodyJson().isLenientlyEqualTo("""
                    {"intact": false, "position": %d, "eventIdentifier": "%s", "problem": "removed"}""".formatted(
                            published.globalIndex(), published.eventIdentifier()));
        } finally {
            putBack(published);
        }
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void an_event_without_a_link_below_chained_ones_is_named_as_inserted() {
        long last = awardedPool();
        long submitted = positionOf(pool, 2);
        Map<String, Object> link = jdbc.queryForMap(
                "SELECT global_index, event_identifier, chain_sequence, link FROM event_chain WHERE global_index = ?",
                submitted);

        jdbc.update("DELETE FROM event_chain WHERE global_index = ?", submitted);
        try {
            assertThat(verify(last)).bodyJson().isLenientlyEqualTo("""
                    {"intact": false, "position": %d, "eventIdentifier": "%s", "problem": "inserted"}""".formatted(submitted, identifierAt(submitted)));
        } finally {
            jdbc.update(
                    "INSERT INTO event_chain (global_index, event_identifier, chain_sequence, link)"
                            + " VALUES (?, ?, ?, ?)",
                    link.values().toArray());
        }
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void an_event_deleted_with_its_link_leaves_a_gap_named_where_the_chain_goes_on() {
        long last = awardedPool();
        StoredEvent published = storedAt(positionOf(pool, 1));
        Map<String, Object> link = jdbc.queryForMap(
                "SELECT global_index, event_identifier, chain_sequence, link FROM event_chain WHERE global_index = ?",
                published.globalIndex());
        long next = positionOf(pool, 2);

        jdbc.update("DELETE FROM event_chain WHERE global_index = ?", published.globalIndex());
        jdbc.update("DELETE FROM DomainEventEntry WHERE globalIndex = ?", published.globalIndex());
        try {
            assertThat(verify(last)).bodyJson().isLenientlyEqualTo("""
                    {"intact": false, "position": %d, "problem": "removed"}""".formatted(next));
        } finally {
            putBack(published);
            jdbc.update(
                    "INSERT INTO event_chain (global_index, event_identifier, chain_sequence, link)"
                            + " VALUES (?, ?, ?, ?)",
                    link.values().toArray());
        }
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    /**
     * Global indexes are taken when events are appended but become visible when their transaction commits, so an
     * event can appear after a later one. It is chained when it appears, after the later one, and no link changes.
     */
    @Test
    void an_event_committed_after_a_later_one_is_chained_after_it_and_the_chain_stays_intact() throws Exception {
        awardedPool();
        String eventIdentifier = UUID.randomUUID().toString();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            long early = appendUncommitted(slow, eventIdentifier);
            ProgrammeId another = ProgrammeId.random();
            long later = events.programme(another, satspulje2017(another));
            await().atMost(Duration.ofSeconds(30)).until(() -> linkCount(later) == 1);
            List<String> links =
                    jdbc.queryForList("SELECT link FROM event_chain ORDER BY chain_sequence", String.class);

            slow.commit();

            await().atMost(Duration.ofSeconds(30)).until(() -> linkCount(early) == 1);
            assertThat(early).isLessThan(later);
            assertThat(chainSequenceAt(early)).isEqualTo(chainSequenceAt(later) + 1);
            assertThat(jdbc.queryForList("SELECT link FROM event_chain ORDER BY chain_sequence", String.class))
                    .startsWith(links.toArray(String[]::new));
            assertThat(verify(later)).bodyJson().isLenientlyEqualTo("""
                    {"intact": true, "position": %d, "head": "%s"}""".formatted(later, linkAt(early)));
        }
    }

    /** A node that held the segment a moment, or a token stored late, hands the chain events it has chained. */
    @Test
    void events_delivered_to_the_chain_again_are_not_chained_twice_and_the_chain_goes_on() {
        long last = awardedPool();
        await().atMost(Duration.ofSeconds(30)).until(() -> linkCount(last) == 1);
        long from = positionOf(pool, 0);
        EventProcessor chain = processing.eventProcessor("event-chain").orElseThrow();
        chain.shutDown();
        tokens.storeToken(GapAwareTrackingToken.newInstance(from - 1, List.of()), "event-chain", 0);
        chain.start();

        ProgrammeId another = ProgrammeId.random();
        long later = events.programme(another, satspulje2017(another));

        await().atMost(Duration.ofSeconds(30)).until(() -> linkCount(later) == 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_chain WHERE global_index >= ?", Long.class, from))
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE globalIndex >= ?", Long.class, from));
        assertThat(verify(later)).bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void the_command_line_prints_the_verdict_and_exits_0_when_intact_and_1_when_tampered() throws Exception {
        long last = awardedPool();
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);

        anchors.anchor();
        Verdict intact = verifyChainCommand();
        assertThat(intact.exitStatus()).isZero();
        assertThat(intact.line())
                .startsWith("intact up to position " + last + ", head " + linkAt(last) + ", ")
                .matches(".*, [1-9][0-9]* anchors? agrees?");

        long awarded = positionOf(pool, 3);
        byte[] payload = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE globalIndex = ?", byte[].class, awarded);
        jdbc.update(
                "UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?",
                new String(payload, StandardCharsets.UTF_8)
                        .replace("Scores 4/5", "Scores 5/5")
                        .getBytes(StandardCharsets.UTF_8),
                awarded);
        try {
            assertThat(verifyChainCommand())
                    .isEqualTo(new Verdict(
                            1,
                            "altered at position " + awarded + ": event " + identifierAt(awarded)
                                    + " no longer gives the link it was chained with"));
        } finally {
            jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", payload, awarded);
        }
    }

    @Test
    void with_an_anchor_key_a_chain_no_anchor_covers_is_not_verified_and_the_command_line_exits_3() throws Exception {
        long last = awardedPool();
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);
        anchors.anchor().orElseThrow();
        List<String> everyEventIsOlder = List.of("--pulje.chain.anchor-interval=1ms");
        Path empty = Path.of("target", "chain-anchors", "empty-" + UUID.randomUUID() + ".ndjson")
                .toAbsolutePath();
        Files.createDirectories(empty.getParent());
        Files.createFile(empty);
        Path missing = Path.of("target", "chain-anchors", "missing-" + UUID.randomUUID() + ".ndjson")
                .toAbsolutePath();

        assertThat(verifyChainCommand(anchorFile(), everyEventIsOlder).exitStatus())
                .isZero();
        for (Path file : List.of(empty, missing)) {
            Verdict unanchored = verifyChainCommand(file.toString(), everyEventIsOlder);
            assertThat(unanchored.exitStatus()).as(file.toString()).isEqualTo(3);
            assertThat(unanchored.line()).startsWith("unanchored at position ").contains("no anchor covers link 0");
        }
    }

    @Test
    void the_head_is_anchored_with_the_anchor_key_in_the_anchor_file_and_verify_agrees_with_it() throws Exception {
        long last = awardedPool();

        ChainAnchor anchor = anchors.anchor().orElseThrow();

        assertThat(anchor.head()).isEqualTo(linkAt(last));
        assertThat(anchor.position()).isEqualTo(last);
        List<String> written = Files.readAllLines(Path.of(anchorFile()));
        assertThat(written.get(written.size() - 1))
                .contains("\"head\":\"" + linkAt(last) + "\"", "\"mac\":\"" + anchor.mac() + "\"");
        assertThat(verify(last)).bodyJson().isLenientlyEqualTo("""
                {"intact": true, "position": %d, "head": "%s"}""".formatted(last, linkAt(last)));
    }

    @Test
    void a_tail_cut_off_with_its_links_and_the_head_moved_back_is_found_against_the_anchor() {
        long last = awardedPool();
        anchors.anchor().orElseThrow();
        long headSequence = chainSequenceAt(last);
        List<Map<String, Object>> tailLinks = jdbc.queryForList(
                "SELECT global_index, event_identifier,"
                        + " chain_sequence, link FROM event_chain WHERE chain_sequence > ? ORDER BY chain_sequence",
                headSequence - 2);
        List<StoredEvent> tail = tailLinks.stream()
                .map(link -> storedAt(((Number) link.get("global_index")).longValue()))
                .toList();

        jdbc.update("DELETE FROM event_chain WHERE chain_sequence > ?", headSequence - 2);
        tail.forEach(event -> jdbc.update("DELETE FROM DomainEventEntry WHERE globalIndex = ?", event.globalIndex()));
        jdbc.update(
                "UPDATE event_chain_head SET chain_sequence = ?, link = (SELECT link FROM event_chain"
                        + " WHERE chain_sequence = ?) WHERE id = 1",
                headSequence - 2,
                headSequence - 2);
        try {
            assertThat(verify(-1)).bodyJson().isLenientlyEqualTo("""
                    {"intact": false, "position": %d, "problem": "cut"}""".formatted(last));
        } finally {
            tail.forEach(this::putBack);
            tailLinks.forEach(link -> jdbc.update(
                    "INSERT INTO event_chain (global_index, event_identifier,"
                            + " chain_sequence, link) VALUES (?, ?, ?, ?)",
                    link.values().toArray()));
            jdbc.update(
                    "UPDATE event_chain_head SET chain_sequence = ?, link = ? WHERE id = 1",
                    headSequence,
                    linkAt(last));
        }
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void two_events_swapped_and_the_chain_recomputed_over_them_are_found_against_the_anchor() throws Exception {
        long last = awardedPool();
        ChainAnchor anchor = anchors.anchor().orElseThrow();
        long published = positionOf(pool, 1);
        long submitted = positionOf(pool, 2);

        swap(published, submitted);
        recomputeChain();
        try {
            assertThat(verify(-1)).bodyJson().isLenientlyEqualTo("""
                    {"intact": false, "position": %d, "problem": "rewritten"}""".formatted(last));
            assertThat(verifyChainCommand())
                    .isEqualTo(new Verdict(
                            1,
                            "rewritten at position " + last + ": link "
                                    + chainSequenceAt(last) + " is not the head anchored at " + anchor.at()
                                    + ": the chain was rewritten at or before it"));
        } finally {
            swap(published, submitted);
            recomputeChain();
        }
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void an_event_rewritten_together_with_the_chain_is_found_against_the_anchor() {
        long last = awardedPool();
        anchors.anchor().orElseThrow();
        long awarded = positionOf(pool, 3);
        byte[] payload = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE globalIndex = ?", byte[].class, awarded);

        jdbc.update(
                "UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?",
                new String(payload, StandardCharsets.UTF_8)
                        .replace("1800000.00", "1900000.00")
                        .getBytes(StandardCharsets.UTF_8),
                awarded);
        recomputeChain();
        try {
            assertThat(verify(-1)).bodyJson().isLenientlyEqualTo("""
                    {"intact": false, "position": %d, "problem": "rewritten"}""".formatted(last));
        } finally {
            jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", payload, awarded);
            recomputeChain();
        }
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void an_anchor_not_made_with_the_anchor_key_is_named_as_forged() throws Exception {
        long last = awardedPool();
        ChainAnchor anchor = anchors.anchor().orElseThrow();
        Path file = Path.of(anchorFile());
        List<String> before = Files.readAllLines(file);

        Files.writeString(
                file,
                before.get(before.size() - 1).replace(anchor.head(), linkAt(positionOf(pool, 2))) + "\n",
                StandardOpenOption.APPEND);
        try {
            assertThat(verify(last)).bodyJson().isLenientlyEqualTo("""
                    {"intact": false, "problem": "forged-anchor"}""");
        } finally {
            Files.write(file, before);
        }
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void replaying_the_projections_leaves_the_chain_as_it_was_and_the_chain_cannot_be_replayed() throws Exception {
        long last = awardedPool();
        String before = verify(last).getResponse().getContentAsString();
        List<String> links = jdbc.queryForList("SELECT link FROM event_chain ORDER BY chain_sequence", String.class);

        assertThat(post("/admin/projections/replay")).hasStatus(202);
        assertThat(post("/admin/projections/event-chain/replay")).hasStatus(404);

        assertThat(jdbc.queryForList("SELECT link FROM event_chain ORDER BY chain_sequence", String.class))
                .isEqualTo(links);
        assertThat(verify(last)).bodyJson().isStrictlyEqualTo(before);
    }

    @Test
    void only_auditors_verify_the_chain() {
        assertThat(mvc.get().uri("/audit/chain/verify").header(HttpHeaders.AUTHORIZATION, basic("viewer")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/audit/chain/verify")).hasStatus(401);
    }

    /**
     * A programme, and a pool published, applied to and awarded (its events at sequence 0 to 3), once the chain has
     * them: tampering before would only be chained as it stands.
     */
    private long awardedPool() {
        ApplicationId aarhus = ApplicationId.random();
        events.programme(programme, satspulje2017(programme), allocated(programme, pool));
        long last = events.pool(
                pool,
                earlyPreventiveEffort(pool, programme),
                new PoolPublished(pool, 1, decision("manager", POOL_MANAGER, "2017-02-06T08:00:00Z", null)),
                submitted(pool, aarhus, "751", "2000000", "2017-03-01T09:00:00Z"),
                new GrantAwarded(
                        pool,
                        aarhus,
                        Applicant.municipality("751"),
                        Money.of("1800000"),
                        List.of(4),
                        1,
                        decision("approver", APPROVER, "2017-04-03T09:00:00Z", "Scores 4/5")));
        await().atMost(Duration.ofSeconds(30)).until(() -> linkCount(last) == 1);
        return last;
    }

    /** Exchanges the global indexes of two events, as someone reordering the store would. */
    private void swap(long one, long other) {
        jdbc.update("UPDATE DomainEventEntry SET globalIndex = ? WHERE globalIndex = ?", -1, one);
        jdbc.update("UPDATE DomainEventEntry SET globalIndex = ? WHERE globalIndex = ?", one, other);
        jdbc.update("UPDATE DomainEventEntry SET globalIndex = ? WHERE globalIndex = ?", other, -1);
    }

    /** Every link computed afresh over the events as they now stand, as someone covering their tracks would. */
    private void recomputeChain() {
        List<Long> positions =
                jdbc.queryForList("SELECT global_index FROM event_chain ORDER BY chain_sequence", Long.class);
        jdbc.update("UPDATE event_chain SET event_identifier = CONCAT('~', event_identifier)");
        String link = ChainLink.GENESIS;
        for (long position : positions) {
            StoredEvent event = storedAt(position);
            link = ChainLink.next(link, event);
            jdbc.update(
                    "UPDATE event_chain SET link = ?, event_identifier = ? WHERE global_index = ?",
                    link,
                    event.eventIdentifier(),
                    position);
        }
        jdbc.update("UPDATE event_chain_head SET link = ? WHERE id = 1", link);
    }

    /**
     * A pool closed in a transaction not yet committed, its row as Axon's JDBC store writes one; answers the global
     * index it took.
     */
    private static long appendUncommitted(Connection connection, String eventIdentifier) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (eventIdentifier,"
                + " aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload,"
                + " metaData) VALUES (?, ?, 0, 'Pool', ?, ?, '1', ?, ?)")) {
            String poolId = PoolId.random().value();
            insert.setString(1, eventIdentifier);
            insert.setString(2, poolId);
            insert.setString(3, DateTimeUtils.formatInstant(Instant.now()));
            insert.setString(4, PoolClosed.class.getName());
            insert.setBytes(
                    5,
                    ("{\"poolId\":\"" + poolId + "\",\"decision\":{\"decidedBy\":\"manager\","
                                    + "\"role\":\"POOL_MANAGER\",\"decidedAt\":\"2017-06-01T09:00:00Z\",\"reason\":\"All decided\"}}")
                            .getBytes(StandardCharsets.UTF_8));
            insert.setBytes(6, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
        try (PreparedStatement select =
                connection.prepareStatement("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?")) {
            select.setString(1, eventIdentifier);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long linkCount(long position) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_chain WHERE global_index = ?", Long.class, position);
    }

    private long chainSequenceAt(long position) {
        return jdbc.queryForObject(
                "SELECT chain_sequence FROM event_chain WHERE global_index = ?", Long.class, position);
    }

    private MvcTestResult verify(long consistencyToken) {
        return mvc.get()
                .uri("/audit/chain/verify")
                .header(HttpHeaders.AUTHORIZATION, basic("auditor"))
                .header("Pulje-Consistency-Token", String.valueOf(consistencyToken))
                .exchange();
    }

    private MvcTestResult post(String uri) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic("auditor"))
                .exchange();
    }

    private long positionOf(PoolId poolId, long sequence) {
        return jdbc.queryForObject(
                "SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ?" + " AND sequenceNumber = ?",
                Long.class,
                poolId.value(),
                sequence);
    }

    private String identifierAt(long position) {
        return jdbc.queryForObject(
                "SELECT eventIdentifier FROM DomainEventEntry WHERE globalIndex = ?", String.class, position);
    }

    private String linkAt(long position) {
        return jdbc.queryForObject("SELECT link FROM event_chain WHERE global_index = ?", String.class, position);
    }

    private StoredEvent storedAt(long position) {
        return jdbc.queryForObject(
                "SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry e WHERE e.globalIndex = ?",
                (row, index) -> StoredEvent.read(row),
                position);
    }

    private void putBack(StoredEvent event) {
        jdbc.update(
                "INSERT INTO DomainEventEntry (globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber,"
                        + " type, timeStamp, payloadType, payloadRevision, payload, metaData)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.globalIndex(),
                event.eventIdentifier(),
                event.aggregateIdentifier(),
                event.sequenceNumber(),
                event.type(),
                event.timeStamp(),
                event.payloadType(),
                event.payloadRevision(),
                event.payload(),
                event.metaData());
    }

    /** Runs {@code QuerySideApplication --pulje.verify-chain} as its own process, on this test's classpath. */
    private Verdict verifyChainCommand() throws IOException, InterruptedException {
        return verifyChainCommand(anchorFile(), List.of());
    }

    private Verdict verifyChainCommand(String anchorFile, List<String> settings)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-cp",
                System.getProperty("java.class.path"),
                QuerySideApplication.class.getName(),
                "--pulje.verify-chain"));
        command.add("--pulje.chain.anchor-file=" + anchorFile);
        command.add("--pulje.chain.anchor-key=" + anchorKey);
        command.addAll(settings);
        command.addAll(commandLineArguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(commandLineEnvironment());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Verdict(process.exitValue(), output.strip());
    }

    private record Verdict(int exitStatus, String line) {}

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

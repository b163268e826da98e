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

import dk.pulje.query.audit.chain.ChainLink;
import dk.pulje.query.audit.chain.StoredEvent;
import dk.pulje.query.audit.export.AuditPackageCheck;
import dk.pulje.query.audit.export.AuditPackageCheck.Failed;
import dk.pulje.query.audit.export.AuditPackageCheck.Verified;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.pool.PoolStatus;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.testing.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash chain, its verification and the audit package on the axonserver profile, over events that come from
 * Axon Server's event stream, not from the JDBC store's table: the stand-in keeps and hands out the events as Axon
 * Server does (no Axon Server runs in the build). The chain covers the events as Axon Server keeps them, and an event
 * altered in its store is found by verification and by the package's check.
 */
@SpringBootTest(properties = {"pulje.consistency.max-wait=30s", "pulje.chain.anchor-interval=1h"})
@AutoConfigureMockMvc
@ActiveProfiles({"postgres", "axonserver", "demo"})
class AuditOnAxonServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANCHOR_FILE = Path.of(
                    "target", "chain-anchors", "axon-server-" + UUID.randomUUID() + ".ndjson")
            .toAbsolutePath()
            .toString();

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private AxonServerStandIn axonServer;

    @Autowired
    private JdbcTemplate jdbc;

    private final ProgrammeId programme = ProgrammeId.random();
    private final PoolId pool = PoolId.random();
    private final ApplicationId aarhus = ApplicationId.random();

    @TestConfiguration
    static class StandInForAxonServer {

        @Bean
        AxonServerStandIn axonServerStandIn(@Qualifier("eventSerializer") Serializer eventSerializer) {
            return new AxonServerStandIn(eventSerializer);
        }

        /** Takes the place of the Axon Server event store the axonserver profile would connect to. */
        @Bean
        EventStore eventStore(AxonServerStandIn axonServer) {
            return EmbeddedEventStore.builder().storageEngine(axonServer).build();
        }
    }

    @DynamicPropertySource
    static void databaseAndNoAxonServer(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabase("audit_on_axon_server"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        try (ServerSocket unused = new ServerSocket(0)) {
            int port = unused.getLocalPort();
            registry.add("axon.axonserver.servers", () -> "localhost:" + port);
        }
        registry.add("pulje.chain.anchor-file", () -> ANCHOR_FILE);
    }

    @Test
    void the_chain_covers_the_events_as_axon_server_keeps_them_and_it_and_a_pools_package_verify() {
        long last = awardedPool();

        assertThat(verify(last)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"intact": true, "position": %d}""".formatted(last));
        String previous = ChainLink.GENESIS;
        List<String> recomputed = new ArrayList<>();
        for (AxonServerStandIn.Stored event : axonServer.stored()) {
            previous = ChainLink.next(previous, asKept(event));
            recomputed.add(previous);
        }
        assertThat(jdbc.queryForList("SELECT link FROM event_chain ORDER BY chain_sequence", String.class))
                .isEqualTo(recomputed);

        List<String> lines = lines(download(last));
        assertThat(new AuditPackageCheck().check(lines)).isInstanceOfSatisfying(Verified.class, verified -> {
            assertThat(verified.trailer().events()).isEqualTo(4);
            assertThat(verified.pool().status()).isEqualTo(PoolStatus.PUBLISHED);
            assertThat(verified.pool().awarded()).isEqualTo(Money.of("1800000"));
        });
        JsonNode award = JSON.readTree(lines.get(3));
        assertThat(award.get("metaData")).isEqualTo(JSON.readTree("""
                {"correlationId": "%s", "decidedBy": "approver", "retries": 2}""".formatted(pool)));
    }

    @Test
    void an_event_altered_in_axon_servers_store_is_named_by_verification_and_by_the_package_check() {
        long last = awardedPool();
        List<String> intact = lines(download(last));
        long awarded = last;

        byte[] original = axonServer.alterPayload(
                awarded,
                payload -> new String(payload, StandardCharsets.UTF_8)
                        .replace("Scores 4/5", "Scores 5/5")
                        .getBytes(StandardCharsets.UTF_8));
        try {
            assertThat(verify(last)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"intact": false, "position": %d, "problem": "altered"}""".formatted(awarded));
            List<String> altered = lines(download(last));
            assertThat(altered.get(3)).contains("Scores 5/5").isNotEqualTo(intact.get(3));
            assertThat(new AuditPackageCheck().check(altered))
                    .isInstanceOfSatisfying(
                            Failed.class, failed -> assertThat(failed.line()).isEqualTo(4));
        } finally {
            axonServer.alterPayload(awarded, payload -> original);
        }
        assertThat(verify(last)).bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    /** The event as Axon Server keeps it: its metadata, kept as typed values, as a JSON object in key order. */
    private static StoredEvent asKept(AxonServerStandIn.Stored event) {
        StringBuilder metaData = new StringBuilder("{");
        event.metaDataValues().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    if (metaData.length() > 1) {
                        metaData.append(',');
                    }
                    metaData.append(JSON.writeValueAsString(entry.getKey()))
                            .append(':')
                            .append(
                                    switch (entry.getValue().getDataCase()) {
                                        case TEXT_VALUE ->
                                            JSON.writeValueAsString(
                                                    entry.getValue().getTextValue());
                                        case NUMBER_VALUE ->
                                            Long.toString(entry.getValue().getNumberValue());
                                        default ->
                                            throw new IllegalArgumentException("not used here: " + entry.getValue());
                                    });
                });
        metaData.append('}');
        return new StoredEvent(
                event.position(),
                event.eventIdentifier(),
                event.aggregateIdentifier() == null ? event.eventIdentifier() : event.aggregateIdentifier(),
                event.sequenceNumber(),
                event.aggregateType(),
                DateTimeUtils.formatInstant(event.getTimestamp()),
                event.payloadType(),
                event.payloadRevision(),
                event.payload(),
                metaData.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A programme and a pool published, applied to and awarded; answers the award's position, the last. */
    private long awardedPool() {
        append("Programme", programme.value(), satspulje2017(programme), allocated(programme, pool));
        append(
                "Pool",
                pool.value(),
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
        long last = axonServer.lastPosition();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.queryForObject("SELECT COUNT(*) FROM event_chain WHERE global_index = ?", Long.class, last)
                                == 1);
        return last;
    }

    /** Each event with metadata of text and a number, as Axon Server keeps them as typed values. */
    private void append(String aggregateType, String aggregateId, Object... events) {
        long sequence = eventStore
                .lastSequenceNumberFor(aggregateId)
                .map(last -> last + 1)
                .orElse(0L);
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>(
                    aggregateType,
                    aggregateId,
                    sequence++,
                    event,
                    MetaData.with("correlationId", aggregateId)
                            .and("decidedBy", "approver")
                            .and("retries", 2L)));
        }
        eventStore.publish(messages);
    }

    private MvcTestResult verify(long consistencyToken) {
        return mvc.get()
                .uri("/audit/chain/verify")
                .header(HttpHeaders.AUTHORIZATION, basic("auditor"))
                .header("Pulje-Consistency-Token", String.valueOf(consistencyToken))
                .exchange();
    }

    private MvcTestResult download(long consistencyToken) {
        return mvc.get()
                .uri("/audit/pools/" + pool + "/package")
                .header(HttpHeaders.AUTHORIZATION, basic("auditor"))
                .header("Pulje-Consistency-Token", String.valueOf(consistencyToken))
                .exchange();
    }

    private static List<String> lines(MvcTestResult download) {
        assertThat(download).hasStatusOk();
        return new String(download.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)
                .lines()
                .toList();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

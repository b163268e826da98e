package dk.pulje.query.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared reads against Axon's own JDBC storage engine on a real database: whatever the chunks, every reader gets
 * what the engine itself would have handed it, read at the moments the chunks were read. Run once per database by
 * the subclasses.
 */
abstract class SharedEventReadsOnStoreBehaviour {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Serializer serializer = Jackson3Serializer.builder().build();
    private String url;

    /** A new, empty database for one test. */
    abstract String freshDatabase();

    abstract String user();

    @BeforeEach
    void eventStore() {
        url = freshDatabase();
        Flyway.configure()
                .dataSource(url, user(), "")
                .locations("classpath:db/eventstore")
                .table("flyway_eventstore_history")
                .load()
                .migrate();
    }

    /**
     * Two transactions append: the earlier index commits last. A reader that read while it was open gets it after the
     * later ones, from the gap its token kept; one that starts later takes the chunks read meanwhile and gets it the
     * same way, once.
     */
    @Test
    void an_event_committed_after_a_later_one_reaches_every_reader_once_as_the_engine_hands_it_out() throws Exception {
        JdbcEventStorageEngine engine = engine(NoOpEventUpcaster.INSTANCE);
        SharedEventReads shared = new SharedEventReads(engine, 2, 10_000, meters);
        append("e1", Instant.now());
        append("e2", Instant.now());
        List<TrackedEventMessage<?>> first;
        List<TrackedEventMessage<?>> engineFirst;
        try (Connection open = connect()) {
            open.setAutoCommit(false);
            insert(open, "e3", Instant.now());
            append("e4", Instant.now());
            append("e5", Instant.now());

            first = read(shared, null);
            engineFirst = read(engine, null);
            assertThat(ids(first)).containsExactly("e1", "e2", "e4", "e5");
            assertThat(tokens(first)).isEqualTo(tokens(engineFirst));
            open.commit();
        }
        List<TrackedEventMessage<?>> engineRest = read(engine, last(engineFirst));

        List<TrackedEventMessage<?>> later = read(shared, null);
        List<TrackedEventMessage<?>> firstRest = read(shared, last(first));

        List<TrackedEventMessage<?>> engineWhole = new ArrayList<>(engineFirst);
        engineWhole.addAll(engineRest);
        assertThat(ids(later)).containsExactly("e1", "e2", "e4", "e5", "e3");
        assertThat(tokens(later)).isEqualTo(tokens(engineWhole));
        assertThat(ids(firstRest)).containsExactly("e3");
        assertThat(tokens(firstRest)).isEqualTo(tokens(engineRest));
        assertThat(firstRest.get(0)).isSameAs(later.get(4));
        assertThat(read(shared, last(later))).isEmpty();
        assertThat(read(engine, null))
                .extracting(TrackedEventMessage::getIdentifier)
                .containsExactly("e1", "e2", "e3", "e4", "e5");
    }

    /**
     * Axon's tokens compare equal when they differ only in gaps below where one of them was truncated: here a reader
     * that passed e4 once its transaction was older than the gap timeout (the engine then drops the gap), and one
     * whose token kept the gap, as its token store gives it back. The second must still get e3 when it is committed.
     */
    @Test
    void a_reader_whose_token_keeps_a_gap_is_not_handed_the_chunk_of_one_whose_token_dropped_it() throws Exception {
        JdbcEventStorageEngine engine = engine(NoOpEventUpcaster.INSTANCE);
        SharedEventReads shared = new SharedEventReads(engine, 3, 10_000, meters);
        append("e1", Instant.now());
        append("e2", Instant.now());
        long gap;
        try (Connection open = connect()) {
            open.setAutoCommit(false);
            gap = insert(open, "e3", Instant.now());
            append("e4", Instant.now().minus(Duration.ofMinutes(2)));
            append("e5", Instant.now());

            List<TrackedEventMessage<?>> passedOld = read(shared, null);
            assertThat(ids(passedOld)).containsExactly("e1", "e2", "e4", "e5");
            open.commit();
        }
        GapAwareTrackingToken afterE4 = (GapAwareTrackingToken) tokenOf(engine, "e4");
        TrackingToken keptGap = GapAwareTrackingToken.newInstance(afterE4.getIndex(), List.of(gap));

        assertThat(ids(read(shared, keptGap)))
                .isEqualTo(ids(read(engine, keptGap)))
                .containsExactly("e3", "e5");
    }

    /** One stored event upcast to two: a chunk that ends between them must not lose the second. */
    @Test
    void the_events_an_upcaster_makes_of_one_stored_event_are_never_split_between_chunks() {
        EventUpcaster twice = events -> events.flatMap(event -> Stream.of(event, event));
        JdbcEventStorageEngine engine = engine(twice);
        for (int i = 1; i <= 5; i++) {
            append("e" + i, Instant.now());
        }

        for (int chunkSize : List.of(1, 2, 3, 500)) {
            SharedEventReads shared = new SharedEventReads(engine, chunkSize, 10_000, meters);
            assertThat(ids(read(shared, null)))
                    .as("chunks of %d", chunkSize)
                    .containsExactly("e1", "e1", "e2", "e2", "e3", "e3", "e4", "e4", "e5", "e5");
        }
    }

    private JdbcEventStorageEngine engine(EventUpcaster upcasters) {
        ConnectionProvider connections = this::connect;
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(upcasters)
                .build();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), "");
    }

    private void append(String id, Instant at) {
        try (Connection connection = connect()) {
            insert(connection, id, at);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts an event as Axon stores it, and answers the global index it was given. */
    private static long insert(Connection connection, String id, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (eventIdentifier, "
                + "aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload, "
                + "metaData) VALUES (?, ?, 0, 'Test', ?, 'java.lang.String', NULL, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, "aggregate-" + id);
            insert.setString(3, at.toString());
            insert.setBytes(4, ("\"" + id + "\"").getBytes(StandardCharsets.UTF_8));
            insert.setBytes(5, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
        try (PreparedStatement index =
                connection.prepareStatement("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?")) {
            index.setString(1, id);
            try (var row = index.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static TrackingToken tokenOf(JdbcEventStorageEngine engine, String id) {
        return read(engine, null).stream()
                .filter(event -> event.getIdentifier().equals(id))
                .findFirst()
                .orElseThrow()
                .trackingToken();
    }

    private static List<TrackedEventMessage<?>> read(
            org.axonframework.eventsourcing.eventstore.EventStorageEngine engine, TrackingToken after) {
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(after, false)) {
            return new ArrayList<>(events.toList());
        }
    }

    private static TrackingToken last(List<TrackedEventMessage<?>> events) {
        return events.get(events.size() - 1).trackingToken();
    }

    private static List<String> ids(List<TrackedEventMessage<?>> events) {
        return events.stream().map(TrackedEventMessage::getIdentifier).toList();
    }

    /** Index and gaps of each token: Axon's own equality overlooks gaps below where a token was truncated. */
    private static List<String> tokens(List<TrackedEventMessage<?>> events) {
        return events.stream()
                .map(event -> (GapAwareTrackingToken) event.trackingToken())
                .map(token -> token.getIndex() + " " + token.getGaps())
                .toList();
    }
}

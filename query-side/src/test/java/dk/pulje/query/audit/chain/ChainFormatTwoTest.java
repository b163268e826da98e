package dk.pulje.query.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A chain made in format 1 is re-linked in format 2 in its own order, and verifies; one that does not verify in
 * format 1 is not re-linked. The format-1 links are those of ChainLinkTest before the format changed.
 */
class ChainFormatTwoTest {

    private static final String FIRST_IN_FORMAT_ONE =
            "a631a0d857de12a3bb032c3ce745fcb9ed71187fe75d7fa35a7580e202531efe";
    private static final String SECOND_IN_FORMAT_ONE =
            "7cc2bce82157a4aeef727ba19ef859271f05370578c4dab27a81382202b10775";

    private final StoredEvent closed = new StoredEvent(
            7,
            "e1",
            "pool-1",
            0,
            "Pool",
            "2017-06-01T09:00:00Z",
            "dk.pulje.shared.pool.PoolClosed",
            "1",
            bytes("{\"poolId\":\"pool-1\"}"),
            null);
    private final StoredEvent second = new StoredEvent(
            8,
            "e2",
            "pool-1",
            1,
            "Pool",
            "2017-06-01T09:00:00Z",
            "dk.pulje.shared.pool.PoolClosed",
            null,
            bytes("{\"poolId\":\"pool-1\"}"),
            bytes("{\"userId\":\"manager\"}"));

    private Connection connection;
    private JdbcTemplate jdbc;

    @BeforeEach
    void chainInFormatOne() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:chain-" + UUID.randomUUID());
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        jdbc.execute("CREATE TABLE DomainEventEntry (globalIndex BIGINT PRIMARY KEY, eventIdentifier VARCHAR(255),"
                + " aggregateIdentifier VARCHAR(255), sequenceNumber BIGINT, type VARCHAR(255), timeStamp VARCHAR(255),"
                + " payloadType VARCHAR(255), payloadRevision VARCHAR(255), payload BLOB, metaData BLOB)");
        jdbc.execute("CREATE TABLE event_chain (global_index BIGINT PRIMARY KEY, event_identifier VARCHAR(255),"
                + " chain_sequence BIGINT UNIQUE, link CHAR(64))");
        jdbc.execute("CREATE TABLE event_chain_head (id SMALLINT PRIMARY KEY, chain_sequence BIGINT, link CHAR(64))");
        for (StoredEvent event : new StoredEvent[] {closed, second}) {
            jdbc.update(
                    "INSERT INTO DomainEventEntry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        jdbc.update(
                "INSERT INTO event_chain VALUES (7, 'e1', 0, ?), (8, 'e2', 1, ?)",
                FIRST_IN_FORMAT_ONE,
                SECOND_IN_FORMAT_ONE);
        jdbc.update("INSERT INTO event_chain_head VALUES (1, 1, ?)", SECOND_IN_FORMAT_ONE);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void a_chain_in_format_one_is_relinked_in_format_two_and_verifies() throws Exception {
        new ChainFormatTwo().migrate(context());

        String head = ChainLink.next(ChainLink.next(ChainLink.GENESIS, closed), second);
        assertThat(jdbc.queryForObject("SELECT link FROM event_chain_head", String.class))
                .isEqualTo(head);
        assertThat(new ChainVerification(
                                jdbc,
                                new TableEvents(jdbc),
                                new AnchorLog(null, null, Duration.ofMinutes(1)),
                                Clock.systemUTC())
                        .verify())
                .isEqualTo(ChainReport.intact(8, head, null));
    }

    @Test
    void a_chain_that_does_not_verify_in_format_one_is_not_relinked() {
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = 7", bytes("{\"poolId\":\"pool-2\"}"));

        assertThatThrownBy(() -> new ChainFormatTwo().migrate(context()))
                .hasMessageContaining("does not verify at link 0");
        assertThat(jdbc.queryForObject("SELECT link FROM event_chain_head", String.class))
                .isEqualTo(SECOND_IN_FORMAT_ONE);
    }

    @Test
    void a_head_that_is_not_the_chains_last_link_is_not_left_behind() {
        jdbc.update("UPDATE event_chain_head SET chain_sequence = 0");

        assertThatThrownBy(() -> new ChainFormatTwo().migrate(context())).hasMessageContaining("head");
    }

    private Context context() {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

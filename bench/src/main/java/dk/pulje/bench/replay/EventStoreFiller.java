package dk.pulje.bench.replay;

import dk.pulje.bench.history.PoolHistory;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.ProgrammeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Fills an event store with a realistic history quickly: the events are the published language's records,
 * serialized by the apps' serializer, and written straight into the event table in JDBC batches, pools of 98
 * applications at a time with their events interleaved as concurrent commands would leave them.
 */
final class EventStoreFiller {

    private static final int POOLS_AT_A_TIME = 16;
    private static final int POOLS_PER_PROGRAMME = 50;
    private static final int BATCH = 2000;

    private final DataSource dataSource;
    private final Serializer serializer;

    EventStoreFiller(DataSource dataSource, Serializer serializer) {
        this.dataSource = dataSource;
        this.serializer = serializer;
    }

    /** Writes at least {@code events} events; answers how many were written. */
    long fill(long events) throws Exception {
        int applications = PoolHistory.municipalities().size();
        long written = 0;
        int pool = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp, "
                                + "payloadType, payloadRevision, payload, metaData) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            int inBatch = 0;
            while (written < events) {
                // A programme's events in its own order first, then its pools' streams interleaved.
                List<DomainEventMessage<?>> programmes = new ArrayList<>();
                List<List<DomainEventMessage<?>>> streams = new ArrayList<>();
                for (int i = 0; i < POOLS_AT_A_TIME; i++, pool++) {
                    ProgrammeId programme = ProgrammeId.of("programme-" + pool / POOLS_PER_PROGRAMME);
                    PoolId poolId = PoolId.of("pool-" + pool);
                    if (pool % POOLS_PER_PROGRAMME == 0) {
                        programmes.add(PoolHistory.programmeEstablished(programme));
                    }
                    programmes.add(PoolHistory.budgetAllocated(programme, 1 + pool % POOLS_PER_PROGRAMME, poolId));
                    streams.add(PoolHistory.pool(programme, poolId, applications));
                }
                int longest = streams.stream().mapToInt(List::size).max().orElse(0);
                for (DomainEventMessage<?> event : programmes) {
                    add(insert, event);
                }
                written += programmes.size();
                for (int at = 0; at < longest; at++) {
                    for (List<DomainEventMessage<?>> stream : streams) {
                        if (at < stream.size()) {
                            add(insert, stream.get(at));
                            written++;
                            if (++inBatch == BATCH) {
                                insert.executeBatch();
                                connection.commit();
                                inBatch = 0;
                            }
                        }
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
            analyze(connection);
        }
        return written;
    }

    /**
     * Gathers the table's statistics, as after any bulk load: until autovacuum does, the planner takes the table for
     * empty and may scan all of it where an index serves (the hash chain's look-up of a batch's events by identifier).
     */
    private static void analyze(Connection connection) throws Exception {
        if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE DomainEventEntry");
            }
            connection.commit();
        }
    }

    private void add(PreparedStatement insert, DomainEventMessage<?> event) throws Exception {
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(event.getMetaData(), byte[].class);
        insert.setString(1, event.getIdentifier());
        insert.setString(2, event.getAggregateIdentifier());
        insert.setLong(3, event.getSequenceNumber());
        insert.setString(4, event.getType());
        insert.setString(5, DateTimeUtils.formatInstant(event.getTimestamp()));
        insert.setString(6, payload.getType().getName());
        insert.setString(7, payload.getType().getRevision());
        insert.setBytes(8, payload.getData());
        insert.setBytes(9, metaData.getData());
        insert.addBatch();
    }
}

package dk.pulje.bench.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Axon's JDBC event store as the apps have it: the same tables (by the same migrations), Jackson 3 for payloads,
 * metadata and snapshots, Spring's transactions around each unit of work and a unique-key violation read as a
 * concurrent append.
 */
public final class AxonStore implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Serializer serializer;
    private final TransactionManager transactions;
    private final EmbeddedEventStore eventStore;

    public AxonStore(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        Databases.migrateEventStore(dataSource);
        this.serializer = serializer();
        this.transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .persistenceExceptionResolver(uniqueKeyViolation())
                .build();
        this.eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    /** The serializer the apps configure with {@code axon.serializer.*: jackson3}. */
    public static Serializer serializer() {
        return Jackson3Serializer.builder().converter(new ChainingConverter()).build();
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public Serializer eventSerializer() {
        return serializer;
    }

    public TransactionManager transactions() {
        return transactions;
    }

    public EmbeddedEventStore eventStore() {
        return eventStore;
    }

    private static PersistenceExceptionResolver uniqueKeyViolation() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public void close() {
        eventStore.shutDown();
        dataSource.close();
    }
}

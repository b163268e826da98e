package dk.pulje.command.infra;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, appending a unit of work's events in one batched insert that also answers their
 * global positions, so a command learns where its events are without asking the event table again. The positions
 * are put on the command's receipt.
 */
final class PositionedAppends extends JdbcEventStorageEngine {

    private final TransactionManager transactions;

    PositionedAppends(Builder builder, TransactionManager transactions) {
        super(builder.transactionManager(transactions).appendEvents(PositionedAppends::insert));
        this.transactions = transactions;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            Connection connection = getConnection();
            try (PreparedStatement insert = appendEvents(connection, events, serializer)) {
                insert.executeBatch();
                List<Long> positions = new ArrayList<>(events.size());
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        positions.add(keys.getLong(1));
                    }
                }
                CurrentUnitOfWork.ifStarted(unitOfWork -> EventReceipts.stored(unitOfWork, positions));
            } catch (SQLException | RuntimeException e) {
                handlePersistenceException(e, events.get(0));
            } finally {
                JdbcUtils.closeQuietly(connection);
            }
        });
    }

    /** Axon's own insert (as {@code JdbcEventStorageEngineStatements} builds it), prepared to answer the generated global index of each row. */
    private static PreparedStatement insert(
            Connection connection,
            EventSchema schema,
            Class<?> dataType,
            List<? extends EventMessage<?>> events,
            Serializer serializer,
            TimestampWriter timestamps)
            throws SQLException {
        String sql = "INSERT INTO " + schema.domainEventTable() + " (" + schema.domainEventFields() + ") "
                + "VALUES (?,?,?,?,?,?,?,?,?)";
        PreparedStatement statement =
                connection.prepareStatement(sql, new String[] {asStored(connection, schema.globalIndexColumn())});
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = message instanceof DomainEventMessage<?> domainEvent
                    ? domainEvent
                    : new GenericDomainEventMessage<>(
                            null, message.getIdentifier(), 0L, message, message::getTimestamp);
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
            statement.setString(1, event.getIdentifier());
            statement.setString(2, event.getAggregateIdentifier());
            statement.setLong(3, event.getSequenceNumber());
            statement.setString(4, event.getType());
            timestamps.writeTimestamp(statement, 5, event.getTimestamp());
            statement.setString(6, payload.getType().getName());
            statement.setString(7, payload.getType().getRevision());
            statement.setObject(8, payload.getData());
            statement.setObject(9, metaData.getData());
            statement.addBatch();
        }
        return statement;
    }

    /** The column's name as the database keeps unquoted names: PostgreSQL in lower case, H2 in upper case. */
    private static String asStored(Connection connection, String column) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        if (metaData.storesLowerCaseIdentifiers()) {
            return column.toLowerCase(Locale.ROOT);
        }
        return metaData.storesUpperCaseIdentifiers() ? column.toUpperCase(Locale.ROOT) : column;
    }
}

package dk.pulje.query.infra;

import dk.pulje.shared.common.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/** Portable (H2 and PostgreSQL) statements and column conversions shared by the projections. */
public final class Rows {

    private Rows() {}

    /**
     * Inserts {@code row} unless a row with the same {@code key} columns exists. The handler that calls it runs
     * in the one segment that owns the aggregate, so no other writer races for the same key. Within a batch the row
     * is held, and later events' {@link #updateOnce changes} to it are made to it before it is written; a column they
     * add or append to must be given its first value here.
     */
    public static void insertIfAbsent(
            NamedParameterJdbcOperations jdbc, String table, MapSqlParameterSource row, String... key) {
        HeldRow insert = HeldRow.insert(table, row, key);
        held(jdbc).ifPresentOrElse(pending -> pending.insert(insert), () -> send(jdbc, insert));
    }

    /**
     * Applies {@code changes} to the row with the given {@code key} values unless that row has already seen the
     * event, whose aggregate sequence number the row keeps as {@code last_sequence}. Within a batch the changes of
     * the batch's events to one row are folded together and the row is written once.
     */
    public static void updateOnce(
            NamedParameterJdbcOperations jdbc, String table, Map<String, ?> key, long sequence, Changes changes) {
        HeldRow update = HeldRow.update(table, key, changes, sequence);
        held(jdbc).ifPresentOrElse(pending -> pending.update(update, changes, sequence), () -> send(jdbc, update));
    }

    /** The held writes of the batch being handled, where {@code jdbc} holds them ({@link ProjectionJdbc}). */
    private static Optional<PendingWrites> held(NamedParameterJdbcOperations jdbc) {
        return jdbc instanceof ProjectionJdbc ? PendingWrites.current() : Optional.empty();
    }

    private static void send(NamedParameterJdbcOperations jdbc, HeldRow row) {
        jdbc.getJdbcOperations().update(row.sql(), row::bind);
    }

    /** Instants are stored in UTC to the microsecond, the precision both databases keep, cut alike on both. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Amounts are stored as whole øre; {@code null} where the column is empty. */
    public static Money money(ResultSet row, String column) throws SQLException {
        long oere = row.getLong(column);
        return row.wasNull() ? null : new Money(oere);
    }

    public static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}

package dk.pulje.query.infra;

import dk.pulje.shared.common.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/** Portable (H2 and PostgreSQL) statements and column conversions shared by the projections. */
public final class Rows {

    private Rows() {}

    /**
     * Inserts {@code row} unless a row with the same {@code key} columns exists. The handler that calls it runs
     * in the one segment that owns the aggregate, so no other writer races for the same key.
     */
    public static void insertIfAbsent(
            NamedParameterJdbcOperations jdbc, String table, MapSqlParameterSource row, String... key) {
        String columns = String.join(", ", row.getValues().keySet());
        String values =
                row.getValues().keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        jdbc.update(
                "INSERT INTO " + table + " (" + columns + ") SELECT " + values + " WHERE NOT EXISTS (SELECT 1 FROM "
                        + table + " WHERE " + whereKey(key) + ")",
                row);
    }

    /**
     * Applies {@code assignments} to the row with the given {@code key} values unless that row has already seen
     * the event: {@code values} hold the key values and the event's aggregate sequence number as
     * {@code last_sequence}, which the row keeps.
     */
    public static void updateOnce(
            NamedParameterJdbcOperations jdbc,
            String table,
            String assignments,
            MapSqlParameterSource values,
            String... key) {
        jdbc.update(
                "UPDATE " + table + " SET " + assignments + ", last_sequence = :last_sequence WHERE " + whereKey(key)
                        + " AND last_sequence < :last_sequence",
                values);
    }

    private static String whereKey(String... key) {
        return Arrays.stream(key).map(column -> column + " = :" + column).collect(Collectors.joining(" AND "));
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

package dk.pulje.query.infra;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * One row's write within a batch, with the changes of the batch's later events to the same row folded in, so the row
 * is written once: either the row inserted by an event of the batch (inserted unless it exists), or the changes to a
 * row stored before the batch (applied unless the row has seen the batch's first event for it).
 *
 * <p>The row's events come in their aggregate's order, and a batch's rows commit with its token, so a stored row has
 * seen either all of a batch's events for it or none: guarding the folded change by the first event's sequence number
 * does what guarding each change by its own did.
 *
 * <p>The statement takes its values by position, and its SQL is made once per {@link Shape}: a replay writes
 * hundreds of thousands of rows of a few shapes each.
 */
final class HeldRow implements PendingWrites.Write {

    /** Which row: its table and key values. */
    record Key(String table, Map<String, Object> values) {}

    /**
     * What a row's statement looks like: its table, key columns and the columns it writes, with how each changes
     * for an update ({@code null} for an insert).
     */
    private record Shape(String table, List<String> key, List<String> columns, List<Changes.Kind> kinds) {}

    private static final Map<Shape, String> SQL = new ConcurrentHashMap<>();

    private static final String LAST_SEQUENCE = "last_sequence";

    private final Key key;
    /** The inserted row's values, or {@code null} where the row was stored before. */
    private Map<String, Object> inserted;

    private final Map<String, Integer> types;
    private Changes changes;
    private final long firstSequence;
    private long lastSequence;
    /** The stretch of held rows it belongs to ({@link PendingWrites}). */
    int stretch;

    private HeldRow(Key key, Map<String, Object> inserted, Map<String, Integer> types, Changes changes, long sequence) {
        this.key = key;
        this.inserted = inserted;
        this.types = types;
        this.changes = changes;
        this.firstSequence = sequence;
        this.lastSequence = sequence;
    }

    static HeldRow insert(String table, MapSqlParameterSource row, String... keyColumns) {
        Map<String, Object> keyValues = new TreeMap<>();
        for (String column : keyColumns) {
            keyValues.put(column, row.getValue(column));
        }
        Map<String, Integer> types = new LinkedHashMap<>();
        for (String column : row.getParameterNames()) {
            if (row.getSqlType(column) != SqlParameterSource.TYPE_UNKNOWN) {
                types.put(column, row.getSqlType(column));
            }
        }
        return new HeldRow(new Key(table, keyValues), new LinkedHashMap<>(row.getValues()), types, null, 0);
    }

    static HeldRow update(String table, Map<String, ?> keyValues, Changes changes, long sequence) {
        return new HeldRow(new Key(table, new TreeMap<>(keyValues)), null, Map.of(), changes, sequence);
    }

    Key key() {
        return key;
    }

    boolean inserts() {
        return inserted != null;
    }

    /**
     * Whether this inserts the row as of {@code sequence} or later. That event's changes are then meant for a row
     * stored before the batch (insert it if absent, else change it), which the insert leaves as it is.
     */
    boolean insertsAsOf(long sequence) {
        Object last = inserted == null ? null : inserted.get(LAST_SEQUENCE);
        return last != null && ((Number) last).longValue() >= sequence;
    }

    /**
     * Folds a later event's changes into this row unless the row has seen that event; answers how to take them out
     * again (the event's handler failed after asking for them).
     */
    Runnable fold(Changes later, long sequence) {
        if (inserted != null) {
            Object last = inserted.get(LAST_SEQUENCE);
            if (last == null || ((Number) last).longValue() >= sequence) {
                return () -> {};
            }
            Map<String, Object> after = new LinkedHashMap<>(inserted);
            later.columns().forEach((column, change) -> {
                if (!after.containsKey(column) && !(change instanceof Changes.Set)) {
                    throw new IllegalStateException(
                            "The insert into " + key.table() + " must give " + column + " its first value");
                }
                Object value = change.applyTo(after.get(column));
                // A column emptied is left out of the insert: it takes its default, NULL.
                if (value == null) {
                    after.remove(column);
                } else {
                    after.put(column, value);
                }
            });
            after.put(LAST_SEQUENCE, sequence);
            Map<String, Object> before = inserted;
            inserted = after;
            return () -> inserted = before;
        }
        if (sequence <= lastSequence) {
            return () -> {};
        }
        Changes before = changes;
        long lastBefore = lastSequence;
        changes = changes.then(later);
        lastSequence = sequence;
        return () -> {
            changes = before;
            lastSequence = lastBefore;
        };
    }

    @Override
    public String sql() {
        List<String> keyColumns = List.copyOf(key.values().keySet());
        Shape shape = inserted != null
                ? new Shape(key.table(), keyColumns, List.copyOf(inserted.keySet()), null)
                : new Shape(
                        key.table(),
                        keyColumns,
                        List.copyOf(changes.columns().keySet()),
                        changes.columns().values().stream()
                                .map(Changes.Change::kind)
                                .toList());
        return SQL.computeIfAbsent(shape, HeldRow::sqlOf);
    }

    private static String sqlOf(Shape shape) {
        String where = shape.key().stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
        if (shape.kinds() == null) {
            return "INSERT INTO " + shape.table() + " (" + String.join(", ", shape.columns()) + ") SELECT "
                    + shape.columns().stream().map(column -> "?").collect(Collectors.joining(", "))
                    + " WHERE NOT EXISTS (SELECT 1 FROM " + shape.table() + " WHERE " + where + ")";
        }
        List<String> assignments = new ArrayList<>();
        for (int i = 0; i < shape.columns().size(); i++) {
            assignments.add(shape.kinds().get(i).assignment(shape.columns().get(i)));
        }
        return "UPDATE " + shape.table() + " SET " + String.join(", ", assignments) + ", last_sequence = ? WHERE "
                + where + " AND last_sequence < ?";
    }

    /** Sets the statement's values, in the order of its SQL's parameters. */
    void bind(PreparedStatement statement) throws SQLException {
        Parameters parameters = new Parameters(statement);
        if (inserted != null) {
            for (Map.Entry<String, Object> column : inserted.entrySet()) {
                parameters.set(column.getValue(), types.get(column.getKey()));
            }
            for (Map.Entry<String, Object> column : key.values().entrySet()) {
                parameters.set(column.getValue(), types.get(column.getKey()));
            }
            return;
        }
        for (Changes.Change change : changes.columns().values()) {
            if (change.kind() != Changes.Kind.EMPTY) {
                parameters.set(change.parameter(), null);
            }
        }
        parameters.set(lastSequence, null);
        for (Object value : key.values().values()) {
            parameters.set(value, null);
        }
        parameters.set(firstSequence, null);
    }

    /** The next parameter of a statement, with the SQL type where the projection gave one. */
    private static final class Parameters {
        private final PreparedStatement statement;
        private int index;

        Parameters(PreparedStatement statement) {
            this.statement = statement;
        }

        void set(Object value, Integer type) throws SQLException {
            StatementCreatorUtils.setParameterValue(
                    statement, ++index, type == null ? SqlTypeValue.TYPE_UNKNOWN : type, value);
        }
    }
}

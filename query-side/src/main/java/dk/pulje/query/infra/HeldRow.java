package dk.pulje.query.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
 */
final class HeldRow implements PendingWrites.Write {

    /** Which row: its table and key values. */
    record Key(String table, Map<String, Object> values) {}

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
        String where = key.values().keySet().stream()
                .map(column -> column + " = :" + column)
                .collect(Collectors.joining(" AND "));
        if (inserted != null) {
            return "INSERT INTO " + key.table() + " (" + String.join(", ", inserted.keySet()) + ") SELECT "
                    + inserted.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "))
                    + " WHERE NOT EXISTS (SELECT 1 FROM " + key.table() + " WHERE " + where + ")";
        }
        String assignments = changes.columns().entrySet().stream()
                .map(column -> column.getValue().assignment(column.getKey()))
                .collect(Collectors.joining(", "));
        return "UPDATE " + key.table() + " SET " + assignments + ", last_sequence = :last_sequence WHERE " + where
                + " AND last_sequence < :first_sequence";
    }

    @Override
    public SqlParameterSource parameters() {
        MapSqlParameterSource parameters = new MapSqlParameterSource(key.values());
        if (inserted != null) {
            inserted.forEach(parameters::addValue);
            types.forEach(parameters::registerSqlType);
            return parameters;
        }
        changes.columns().forEach((column, change) -> parameters.addValue(column, change.parameter()));
        return parameters.addValue(LAST_SEQUENCE, lastSequence).addValue("first_sequence", firstSequence);
    }
}

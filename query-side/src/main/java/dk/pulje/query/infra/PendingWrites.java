package dk.pulje.query.infra;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The statements a batch of events asks of the read models, held until the batch commits and then sent together:
 * consecutive statements alike go as one JDBC batch, in the order they were asked for. They share the batch's
 * transaction with its token, so a batch's rows and its position are stored together or not at all.
 *
 * <p>A row written through {@link Rows} is held once per batch ({@link HeldRow}): the changes of later events to it are
 * folded into its one write, and the rows held one after another go as one JDBC batch per statement. Any other
 * statement ends that stretch, so statements and rows are still sent in the order they were asked for.
 */
final class PendingWrites {

    private static final String RESOURCE = PendingWrites.class.getName();

    interface Write {
        String sql();
    }

    private record Statement(String sql, SqlParameterSource parameters) implements Write {}

    private final NamedParameterJdbcOperations jdbc;
    private final List<Write> writes = new ArrayList<>();
    /** The rows held since the last other statement, to which later changes are folded. */
    private final Map<HeldRow.Key, HeldRow> open = new HashMap<>();
    /** How to take back what the current handler folded into rows held before it. */
    private final List<Runnable> undo = new ArrayList<>();
    /** Where the current handler's writes begin, and whether some of them were sent. */
    private int mark;

    private boolean sentSinceMark;
    /** Counts the stretches of held rows: within one each row is held once, so their order does not matter. */
    private int stretch;
    /** Each event's writes are sent after it, in its own savepoint: a failure is that event's alone. */
    private final boolean eventByEvent;

    private RuntimeException failed;

    private PendingWrites(NamedParameterJdbcOperations jdbc, boolean eventByEvent) {
        this.jdbc = jdbc;
        this.eventByEvent = eventByEvent;
    }

    /**
     * Starts holding the current batch's writes, sent when it is about to commit; whether event by event is decided
     * here, once per batch.
     */
    static PendingWrites startIn(
            UnitOfWork<?> batch, NamedParameterJdbcOperations jdbc, Predicate<UnitOfWork<?>> eventByEvent) {
        return batch.getOrComputeResource(RESOURCE, key -> {
            PendingWrites pending = new PendingWrites(jdbc, eventByEvent.test(batch));
            batch.onPrepareCommit(unitOfWork -> pending.flushBeforeCommit());
            return pending;
        });
    }

    /** The writes held for the batch being handled; empty outside one, where a write goes straight out. */
    static Optional<PendingWrites> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CurrentUnitOfWork.get().root().getResource(RESOURCE));
    }

    boolean eventByEvent() {
        return eventByEvent;
    }

    void add(String sql, SqlParameterSource parameters) {
        close();
        writes.add(new Statement(sql, parameters));
    }

    /** Inserts the row unless it exists; a row inserted or changed earlier in the batch is there already. */
    void insert(HeldRow row) {
        HeldRow held = open.get(row.key());
        if (held != null && held.inserts()) {
            return;
        }
        if (held != null) {
            // Changed before it was inserted: both are sent, in this order.
            close();
        }
        hold(row);
    }

    /** Changes the row, folded into its held write where it has one. */
    void update(HeldRow row, Changes changes, long sequence) {
        HeldRow held = open.get(row.key());
        if (held == null) {
            hold(row);
        } else if (held.insertsAsOf(sequence)) {
            // Inserted if absent, else changed by the same event: the change is sent after the insert, on its own.
            close();
            hold(row);
        } else {
            undo.add(held.fold(changes, sequence));
        }
    }

    private void hold(HeldRow row) {
        row.stretch = stretch;
        open.put(row.key(), row);
        writes.add(row);
    }

    /** Later writes of the rows held so far go after them. */
    private void close() {
        open.clear();
        stretch++;
    }

    /** Marks where a handler begins. */
    void mark() {
        undo.clear();
        sentSinceMark = false;
        mark = writes.size();
    }

    /**
     * Forgets what a handler asked for before it failed: its event is parked, its writes must not land. Writes it
     * had sent already (before a read) cannot be taken back, so the batch fails and is handled again event by event,
     * where each event's savepoint takes them back.
     */
    void discard() {
        if (sentSinceMark && !eventByEvent && failed == null) {
            failed = new IllegalStateException("A failed event's writes were sent before it failed");
        }
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
        List<Write> discarded = writes.subList(mark, writes.size());
        open.values().removeIf(discarded::contains);
        discarded.clear();
    }

    /**
     * Sends what is held before a read. Held writes that fail here belong to earlier events too, so the batch
     * cannot commit: it fails when it would, and is retried event by event.
     */
    void flushBeforeRead() {
        try {
            flush();
        } catch (RuntimeException e) {
            if (!eventByEvent) {
                failed = e;
            }
            throw e;
        }
    }

    void flush() {
        sentSinceMark |= writes.size() > mark || !undo.isEmpty();
        mark = 0;
        int from = 0;
        while (from < writes.size()) {
            int stretchOf = writes.get(from) instanceof HeldRow row ? row.stretch : -1;
            int to = from + 1;
            while (to < writes.size() && (writes.get(to) instanceof HeldRow row ? row.stretch : -1) == stretchOf) {
                to++;
            }
            if (stretchOf >= 0) {
                // Each row once in a stretch, so alike statements go together whatever their order.
                Map<String, List<HeldRow>> bySql = new LinkedHashMap<>();
                for (Write row : writes.subList(from, to)) {
                    bySql.computeIfAbsent(row.sql(), sql -> new ArrayList<>()).add((HeldRow) row);
                }
                bySql.forEach(this::sendRows);
            } else {
                sendInRuns(writes.subList(from, to));
            }
            from = to;
        }
        writes.clear();
        close();
        undo.clear();
    }

    private void sendInRuns(List<Write> statements) {
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            int to = from + 1;
            while (to < statements.size() && statements.get(to).sql().equals(sql)) {
                to++;
            }
            send(
                    sql,
                    statements.subList(from, to).stream()
                            .map(statement -> ((Statement) statement).parameters())
                            .toList());
            from = to;
        }
    }

    private void sendRows(String sql, List<HeldRow> rows) {
        JdbcOperations positional = jdbc.getJdbcOperations();
        if (rows.size() == 1) {
            positional.update(sql, rows.get(0)::bind);
            return;
        }
        positional.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int row) throws SQLException {
                rows.get(row).bind(statement);
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    private void send(String sql, List<SqlParameterSource> parameters) {
        if (parameters.size() == 1) {
            jdbc.update(sql, parameters.get(0));
        } else {
            jdbc.batchUpdate(sql, parameters.toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * A write that failed, even inside a handler that caught it, fails the batch: on PostgreSQL the transaction is
     * spoilt, and on any database the rows would stand half-written. The batch is then retried event by event.
     */
    private void flushBeforeCommit() {
        if (failed != null) {
            throw new IllegalStateException(
                    "A write of this batch failed; the batch is retried event by event", failed);
        }
        flush();
    }
}

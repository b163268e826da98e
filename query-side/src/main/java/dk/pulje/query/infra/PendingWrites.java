package dk.pulje.query.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The statements a batch of events asks of the read models, held until the batch commits and then sent together:
 * consecutive statements alike go as one JDBC batch, in the order they were asked for. They share the batch's
 * transaction with its token, so a batch's rows and its position are stored together or not at all.
 */
final class PendingWrites {

    private static final String RESOURCE = PendingWrites.class.getName();

    private record Write(String sql, SqlParameterSource parameters) {}

    private final NamedParameterJdbcOperations jdbc;
    private final List<Write> writes = new ArrayList<>();
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
        writes.add(new Write(sql, parameters));
    }

    int mark() {
        return writes.size();
    }

    /** Forgets what a handler asked for before it failed: its event is parked, its writes must not land. */
    void discardFrom(int mark) {
        writes.subList(mark, writes.size()).clear();
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
        int from = 0;
        while (from < writes.size()) {
            String sql = writes.get(from).sql();
            int to = from + 1;
            while (to < writes.size() && writes.get(to).sql().equals(sql)) {
                to++;
            }
            if (to - from == 1) {
                jdbc.update(sql, writes.get(from).parameters());
            } else {
                jdbc.batchUpdate(
                        sql,
                        writes.subList(from, to).stream().map(Write::parameters).toArray(SqlParameterSource[]::new));
            }
            from = to;
        }
        writes.clear();
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

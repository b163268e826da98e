package dk.pulje.query.infra;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Where each processor reading behind the head has come, so that one about to read a stretch nobody has read yet
 * waits a moment while another active reader is more than {@code lead} events behind it. Without it the processors
 * drift apart in a replay: one that falls out of the kept chunks reads and deserializes everything itself, becomes
 * slower still and never catches up. Waiting is bounded per chunk, so a reader that has stopped holds no one back
 * for long, and one that has not read for {@code idle} is not waited for at all. Only processors behind the head
 * read this way; those at the head read the event store's shared cache and are never held back.
 */
final class ReaderPace {

    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final long lead;
    private final long maxWaitNanos;
    private final long idleNanos;
    private final Map<Object, Position> readers = new ConcurrentHashMap<>();

    ReaderPace(long lead, long maxWaitMillis, long idleMillis) {
        this.lead = lead;
        this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMillis);
    }

    void at(Object reader, long index) {
        readers.put(reader, new Position(index, System.nanoTime()));
    }

    void gone(Object reader) {
        readers.remove(reader);
    }

    /** Waits, at most the bound, while an active reader is more than the lead behind {@code index}. */
    void letOthersCatchUp(Object reader, long index) {
        long deadline = System.nanoTime() + maxWaitNanos;
        while (someoneFarBehind(reader, index) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    private boolean someoneFarBehind(Object reader, long index) {
        long now = System.nanoTime();
        for (Map.Entry<Object, Position> other : readers.entrySet()) {
            Position position = other.getValue();
            if (other.getKey() != reader && now - position.seenAt() < idleNanos && index - position.index() > lead) {
                return true;
            }
        }
        return false;
    }

    private record Position(long index, long seenAt) {}
}

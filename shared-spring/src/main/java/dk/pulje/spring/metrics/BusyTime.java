package dk.pulje.spring.metrics;

import io.micrometer.core.instrument.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Time spent handling messages over a sliding window, kept in ten buckets of a tenth of the window each: adding to it
 * is two atomic operations, where a reservoir of every measurement (Axon's {@code SlidingTimeWindowReservoir}) put
 * each message's time into a sorted map. The window slides a bucket at a time.
 */
final class BusyTime {

    private static final int BUCKETS = 10;

    private final Clock clock;
    private final long window;
    private final long bucket;
    private final AtomicLongArray busy = new AtomicLongArray(BUCKETS);
    /** Which tenth of the time since the clock's origin each bucket now counts. */
    private final AtomicLongArray counting = new AtomicLongArray(BUCKETS);

    BusyTime(Duration window, Clock clock) {
        this.clock = clock;
        this.window = window.toNanos();
        this.bucket = this.window / BUCKETS;
    }

    void add(long nanos) {
        long tenth = clock.monotonicTime() / bucket;
        int index = (int) (tenth % BUCKETS);
        long counted = counting.get(index);
        if (counted != tenth && counting.compareAndSet(index, counted, tenth)) {
            busy.set(index, 0);
        }
        busy.addAndGet(index, nanos);
    }

    /** The share of the window spent busy: 1 is one thread busy all the time, more where several were. */
    double share() {
        long tenth = clock.monotonicTime() / bucket;
        long sum = 0;
        for (int index = 0; index < BUCKETS; index++) {
            if (counting.get(index) > tenth - BUCKETS) {
                sum += busy.get(index);
            }
        }
        return (double) sum / window;
    }
}

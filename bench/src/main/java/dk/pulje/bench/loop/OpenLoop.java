package dk.pulje.bench.loop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Clients that send at a fixed total rate, whatever the answers: the latency at a given load. Each request's
 * latency counts from when it was due, not when it was sent, so a stall is not hidden (no coordinated omission).
 * Bounded by time.
 */
public final class OpenLoop {

    private OpenLoop() {}

    public static Outcome run(int clients, double perSecond, Duration duration, Client operationOfClient)
            throws Exception {
        long intervalNanos = (long) (clients * 1e9 / perSecond);
        long start = System.nanoTime();
        long until = start + duration.toNanos();
        Recorder latencies = new Recorder(3);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastFinish = new AtomicLong(start);
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Operation operation = operationOfClient.open(c);
            long offset = intervalNanos * c / clients;
            Thread thread = new Thread(
                    () -> {
                        for (long due = start + offset; due < until; due += intervalNanos) {
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                LockSupport.parkNanos(wait);
                            }
                            try {
                                operation.run();
                                latencies.recordValue(System.nanoTime() - due);
                                done.incrementAndGet();
                            } catch (Exception e) {
                                failed.incrementAndGet();
                                firstFailure.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                            lastFinish.accumulateAndGet(System.nanoTime(), Math::max);
                        }
                    },
                    "client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Histogram histogram = latencies.getIntervalHistogram();
        return new Outcome(
                done.get(), failed.get(), Duration.ofNanos(lastFinish.get() - start), histogram, firstFailure.get());
    }
}

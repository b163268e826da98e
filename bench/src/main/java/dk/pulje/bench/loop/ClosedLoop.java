package dk.pulje.bench.loop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Clients that each send their next request as soon as the last is answered: the throughput a number of clients
 * gets. Bounded twice: each client stops after {@code maxPerClient} requests, and all stop when the time is up.
 * Requests finished during the warm-up are not counted.
 */
public final class ClosedLoop {

    private ClosedLoop() {}

    public static Outcome run(
            int clients, Duration warmup, Duration measure, long maxPerClient, Client operationOfClient)
            throws Exception {
        return run(clients, warmup, measure, maxPerClient, operationOfClient, () -> {});
    }

    /** As above, calling {@code atMeasureStart} when the warm-up ends. */
    public static Outcome run(
            int clients,
            Duration warmup,
            Duration measure,
            long maxPerClient,
            Client operationOfClient,
            Runnable atMeasureStart)
            throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long until = measureFrom + measure.toNanos();
        Recorder latencies = new Recorder(3);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastFinish = new AtomicLong(measureFrom);
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Operation operation = operationOfClient.open(c);
            Thread thread = new Thread(
                    () -> {
                        for (long sent = 0; sent < maxPerClient; sent++) {
                            long begin = System.nanoTime();
                            if (begin >= until) {
                                return;
                            }
                            boolean ok = true;
                            try {
                                operation.run();
                            } catch (Exception e) {
                                ok = false;
                                firstFailure.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                            long end = System.nanoTime();
                            if (begin >= measureFrom && end <= until) {
                                (ok ? done : failed).incrementAndGet();
                                if (ok) {
                                    latencies.recordValue(end - begin);
                                }
                                lastFinish.accumulateAndGet(end, Math::max);
                            }
                        }
                    },
                    "client-" + c);
            thread.start();
            threads.add(thread);
        }
        long untilMeasured = (measureFrom - System.nanoTime()) / 1_000_000;
        if (untilMeasured > 0) {
            Thread.sleep(untilMeasured);
        }
        atMeasureStart.run();
        for (Thread thread : threads) {
            thread.join();
        }
        Histogram histogram = latencies.getIntervalHistogram();
        return new Outcome(
                done.get(),
                failed.get(),
                Duration.ofNanos(lastFinish.get() - measureFrom),
                histogram,
                firstFailure.get());
    }
}

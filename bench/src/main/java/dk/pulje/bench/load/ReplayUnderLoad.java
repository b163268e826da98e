package dk.pulje.bench.load;

import dk.pulje.bench.loop.OpenLoop;
import dk.pulje.bench.loop.Outcome;
import dk.pulje.bench.report.Result;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * B8: one projection ({@value #REPLAYED}) is rebuilt from the start of the store while B3's half load runs. Every
 * {@value CommandLoad#SAMPLE_EVERY}th accepted application is read at once with its consistency token from an
 * endpoint that reads other projections: no such read may wait longer than a second, and none may fail.
 */
final class ReplayUnderLoad {

    static final String REPLAYED = "pool-decisions";
    private static final long MAX_WAIT_MILLIS = 1000;

    private final Api commands;
    private final Api queries;
    private final List<PoolsForClients.ClientPools> perClient;
    private final double rate;
    private final Duration window;

    ReplayUnderLoad(
            Api commands, Api queries, List<PoolsForClients.ClientPools> perClient, double rate, Duration window) {
        this.commands = commands;
        this.queries = queries;
        this.perClient = perClient;
        this.rate = rate;
        this.window = window;
    }

    Result run() throws Exception {
        Recorder waits = new Recorder(3);
        AtomicLong failed = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        Api.expectOk(
                queries.post("/admin/projections/" + REPLAYED + "/replay", "auditor", ""), "replaying " + REPLAYED);
        Outcome load = OpenLoop.run(perClient.size(), rate, window, client -> {
            PoolsForClients.ClientPools mine = perClient.get(client);
            return () -> {
                PoolsForClients.Submission next = mine.next();
                HttpResponse<String> accepted = commands.post(next.path(), next.user(), next.json());
                if (sequence.incrementAndGet() % CommandLoad.SAMPLE_EVERY == 0) {
                    String location = accepted.headers().firstValue("Location").orElseThrow();
                    String token = accepted.headers()
                            .firstValue("Pulje-Consistency-Token")
                            .orElseThrow();
                    readers.execute(() -> read(location, token, waits, failed));
                }
            };
        });
        readers.shutdown();
        readers.awaitTermination(60, TimeUnit.SECONDS);
        Histogram waited = waits.getIntervalHistogram();
        double max = waited.getMaxValue() / 1e6;
        double p99 = waited.getValueAtPercentile(99) / 1e6;
        boolean met = waited.getTotalCount() > 0 && failed.get() == 0 && max <= MAX_WAIT_MILLIS;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("reads", waited.getTotalCount());
        values.put("failedReads", failed.get());
        values.put("maxWaitMs", max);
        values.put("p99WaitMs", p99);
        values.put("p50WaitMs", waited.getValueAtPercentile(50) / 1e6);
        values.put("loadPerSecond", rate);
        values.put("commandsFailed", load.failed());
        return new Result(
                "B8",
                "read-your-writes of other projections while " + REPLAYED + " is replayed",
                String.format(Locale.ROOT, "max %.0f ms, p99 %.0f ms", max, p99),
                null,
                "max <= 1 s, none failed",
                Result.met(met),
                values,
                String.format(
                        Locale.ROOT,
                        "%d reads with their consistency tokens during %d s at %.0f submissions/s, "
                                + "%d failed; the replay started as the load did",
                        waited.getTotalCount(),
                        window.toSeconds(),
                        rate,
                        failed.get()));
    }

    private void read(String location, String token, Recorder waits, AtomicLong failed) {
        long started = System.nanoTime();
        try {
            if (queries.getAfter(location, "auditor", token).statusCode() == 200) {
                waits.recordValue(System.nanoTime() - started);
                return;
            }
        } catch (Exception e) {
            // counted as failed
        }
        failed.incrementAndGet();
    }
}

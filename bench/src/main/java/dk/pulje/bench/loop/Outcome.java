package dk.pulje.bench.loop;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/** What a loop did in its measured window: requests done and failed, how long it took, and their latencies. */
public record Outcome(long done, long failed, Duration elapsed, Histogram latencies, String firstFailure) {

    public double perSecond() {
        return done / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }

    public double millisAt(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1e6;
    }
}

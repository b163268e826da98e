package dk.pulje.bench.loop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The processor time the apps, the database and the load generator each spent in a measured window, per request:
 * unlike a throughput, it changes little when other work shares the machine, so a change in the code shows even
 * on a busy machine. Read from {@code /proc}, so only on Linux; elsewhere every share is zero.
 */
public final class CpuShares {

    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, LongSupplier> parts = new LinkedHashMap<>();
    private final Map<String, Long> atStart = new LinkedHashMap<>();

    public CpuShares process(String name, long pid) {
        parts.put(name, () -> ticksOf(pid));
        return this;
    }

    /** Every process whose command is {@code command}, such as the database's backends. */
    public CpuShares processesNamed(String name, String command) {
        parts.put(
                name,
                () -> ProcessHandle.allProcesses()
                        .filter(process -> process.info()
                                .command()
                                .map(c -> c.endsWith("/" + command))
                                .orElse(false))
                        .mapToLong(process -> ticksOf(process.pid()))
                        .sum());
        return this;
    }

    public void start() {
        parts.forEach((name, ticks) -> atStart.put(name, ticks.getAsLong()));
    }

    /** Milliseconds of processor time per request for each part since {@link #start()}. */
    public Map<String, Double> perRequest(long requests) {
        Map<String, Double> millis = new LinkedHashMap<>();
        parts.forEach((name, ticks) -> millis.put(
                name,
                (ticks.getAsLong() - atStart.getOrDefault(name, 0L))
                        * 1000
                        / TICKS_PER_SECOND
                        / Math.max(requests, 1)));
        return millis;
    }

    /** "command side 3.1 ms, query side 1.2 ms, …" */
    public static String describe(Map<String, Double> millis) {
        StringBuilder text = new StringBuilder();
        millis.forEach((part, value) -> text.append(text.isEmpty() ? "" : ", ")
                .append(part.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT))
                .append(String.format(Locale.ROOT, " %.2f ms", value)));
        return text.toString();
    }

    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            List<String> fields =
                    List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            return Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}

package dk.pulje.bench;

import dk.pulje.bench.aggregate.PoolLoadBenchmark;
import dk.pulje.bench.ceiling.InsertCeiling;
import dk.pulje.bench.eventstore.AppendBenchmark;
import dk.pulje.bench.load.CommandLoad;
import dk.pulje.bench.replay.ReplayBenchmark;
import dk.pulje.bench.report.Machine;
import dk.pulje.bench.report.Result;
import dk.pulje.bench.report.ResultTable;
import dk.pulje.bench.store.Databases;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark suite, B1 to B7, in one run on one machine: every throughput is also given as a share of B1, what
 * the database itself does here. Prints the machine, the settings and one table; writes the table to
 * {@code bench/target/results.csv} and {@code results.json}.
 */
public final class Suite {

    private Suite() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Databases databases = new Databases(settings);
        Machine machine = Machine.here(
                settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(), settings.embedded());
        Map<String, Object> settingsMap = new LinkedHashMap<>();
        settingsMap.put("store", settings.store());
        settingsMap.put("quick", settings.quick());
        settingsMap.put("clients", settings.clients());
        settingsMap.put("benchmarks", String.join(",", settings.only()));
        settingsMap.put("appHeap", "512m");
        System.out.printf(
                Locale.ROOT,
                "Machine: %d cores, %d MiB, %s; %s; %s; %s%n",
                machine.cores(),
                machine.memoryMiB(),
                machine.cpu(),
                machine.os(),
                machine.java(),
                machine.database());
        System.out.println("Settings: " + settingsMap);
        ResultTable table = new ResultTable(machine, settingsMap);
        long started = System.nanoTime();

        double ceiling = Double.NaN;
        Duration warmup = Duration.ofSeconds(settings.quick() ? 2 : 5);
        Duration measure = Duration.ofSeconds(settings.quick() ? 5 : 15);
        if (settings.runs("B1") || settings.runs("B2") || settings.runs("B3")) {
            progress("B1", "insert ceiling");
            Result b1 = attempt(
                    "B1",
                    "ceiling C",
                    "reference",
                    () -> new InsertCeiling(databases).run(settings.clients(), warmup, measure));
            table.add(b1);
            ceiling = ((Number) b1.values().getOrDefault("transactionsPerSecond", Double.NaN)).doubleValue();
        }
        double c = ceiling;
        if (settings.runs("B2")) {
            progress("B2", "appends through Axon's event store (JMH)");
            table.add(attempt(
                    "B2", "events appended through Axon's event store", ">= 40 % of C", () -> appends(settings, c)));
        }
        if (settings.runs("B4")) {
            progress("B4", "loading the Pool aggregate (JMH)");
            table.add(attempt(
                    "B4",
                    "loading a pool aggregate of 10,000 applications",
                    ">= 20k events/s",
                    () -> poolLoad(settings)));
        }
        if (settings.runs("B3") || settings.runs("B6") || settings.runs("B7") || settings.runs("B8")) {
            progress("B7/B3/B6", "the apps under load");
            try {
                for (Result result : new CommandLoad(settings, databases, c).run()) {
                    table.add(result);
                }
            } catch (Exception e) {
                e.printStackTrace();
                table.add(Result.failed("B3", "SubmitApplication through the REST API", ">= 30 % of C", e));
            }
        }
        if (settings.runs("B5")) {
            progress("B5", "replay of all projections");
            table.add(attempt(
                    "B5",
                    "full replay of all projections",
                    ">= 10k events/s",
                    () -> new ReplayBenchmark(settings, databases).run()));
        }
        table.print(System.out);
        table.write(settings.work());
        System.out.printf(
                Locale.ROOT,
                "Run took %.0f s. Results: bench/target/results.csv, bench/target/results.json%n",
                (System.nanoTime() - started) / 1e9);
    }

    private static Result appends(Settings settings, double ceiling) throws Exception {
        int seconds = settings.quick() ? 3 : 5;
        Jmh.Score score = Jmh.run(
                        settings, AppendBenchmark.class, settings.clients(), 1, settings.quick() ? 1 : 2, seconds)
                .get("append");
        double percent = 100 * score.value() / ceiling;
        return new Result(
                "B2",
                "events appended through Axon's event store, " + settings.clients() + " threads",
                String.format(Locale.ROOT, "%.0f events/s", score.value()),
                percent,
                ">= 40 % of C",
                Result.met(percent >= 40),
                Map.of("eventsPerSecond", score.value(), "error", score.error()),
                (Double.isFinite(score.error())
                                ? String.format(Locale.ROOT, "JMH throughput ± %.0f; ", score.error())
                                : "JMH throughput; ")
                        + "each event in its own unit of work and transaction");
    }

    private static Result poolLoad(Settings settings) throws Exception {
        Map<String, Jmh.Score> scores = Jmh.run(
                settings,
                PoolLoadBenchmark.class,
                1,
                2,
                settings.quick() ? 2 : 3,
                2,
                "applications",
                settings.quick() ? "10000" : "1000,10000");
        int events = 2 + 10_000 * 4;
        double fromEvents = scores.get("fromEvents:10000").value();
        double fromSnapshot = scores.get("fromSnapshot:10000").value();
        double perSecond = events / (fromEvents / 1000);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("events", events);
        values.put("fromEventsMs", fromEvents);
        values.put("eventsPerSecond", perSecond);
        values.put("fromSnapshotMs", fromSnapshot);
        values.put("eventsAfterSnapshot", PoolLoadBenchmark.TAIL);
        String small = "";
        if (scores.containsKey("fromSnapshot:1000")) {
            values.put("fromEventsMs1000", scores.get("fromEvents:1000").value());
            values.put("fromSnapshotMs1000", scores.get("fromSnapshot:1000").value());
            small = String.format(
                    Locale.ROOT,
                    "; at 1,000 applications %.1f ms from events, %.1f ms from a snapshot",
                    scores.get("fromEvents:1000").value(),
                    scores.get("fromSnapshot:1000").value());
        }
        boolean met = perSecond >= 20_000 && fromSnapshot * 5 <= fromEvents;
        return new Result(
                "B4",
                "loading a pool aggregate of 10,000 applications (" + events + " events)",
                String.format(
                        Locale.ROOT,
                        "%.0f events/s (%.0f ms); snapshot + %d events: %.1f ms",
                        perSecond,
                        fromEvents,
                        PoolLoadBenchmark.TAIL,
                        fromSnapshot),
                null,
                ">= 20k events/s; with snapshots O(1)",
                Result.met(met),
                values,
                String.format(
                        Locale.ROOT,
                        "EventSourcingRepository on the JDBC event store, JMH average time%s; "
                                + "with a snapshot only the %d events after it are read",
                        small,
                        PoolLoadBenchmark.TAIL));
    }

    private interface Measurement {
        Result measure() throws Exception;
    }

    private static Result attempt(String id, String what, String target, Measurement measurement) {
        try {
            return measurement.measure();
        } catch (Exception | Error e) {
            e.printStackTrace();
            return Result.failed(id, what, target, e);
        }
    }

    private static void progress(String id, String what) {
        System.err.printf("%s: %s…%n", id, what);
    }
}

package dk.pulje.bench.load;

import dk.pulje.bench.Settings;
import dk.pulje.bench.loop.ClosedLoop;
import dk.pulje.bench.loop.CpuShares;
import dk.pulje.bench.loop.OpenLoop;
import dk.pulje.bench.loop.Outcome;
import dk.pulje.bench.report.Result;
import dk.pulje.bench.store.Databases;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * B7, B3 and B6 against the real apps, started from their jars on a fresh database with the demo profile:
 * the cold start of both to the first accepted command (B7); {@code SubmitApplication} through the REST API by
 * 16 clients as fast as they are answered (B3 throughput), then at half that rate for the latency (B3 p50/p99);
 * and, during the half-rate run, how long after its command was accepted an application shows in the query API
 * (B6), for every {@value #SAMPLE_EVERY}th submission.
 */
public final class CommandLoad {

    static final int SAMPLE_EVERY = 5;
    /** As often as the query side itself looks for a consistency token's position; more would load it further. */
    private static final long POLL_MILLIS = 25;

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    private final Settings settings;
    private final Databases databases;
    private final double ceiling;

    public CommandLoad(Settings settings, Databases databases, double ceiling) {
        this.settings = settings;
        this.databases = databases;
        this.ceiling = ceiling;
    }

    public List<Result> run() throws Exception {
        // Both apps' JIT compilers keep a core busy for about their first minute under load (flight recordings:
        // compilations of 0.6–1.2 s per second of run); the figures are those of apps that have warmed up.
        Duration warmup = settings.warmup();
        Duration measure = Duration.ofSeconds(settings.quick() ? 5 : 20);
        Duration steady = Duration.ofSeconds(settings.quick() ? 5 : 20);
        int clients = settings.clients();
        List<Result> results = new ArrayList<>();
        HttpClient http = Api.client();
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_APPLICATION_JSON", BenchUsers.springApplicationJson());
        String profile;
        if (settings.embedded()) {
            databases.fresh("app");
            environment.put("PULJE_DATA_DIR", databases.h2Dir("app").toString());
            profile = "embedded,demo";
        } else {
            environment.put("PULJE_DATABASE_URL", databases.fresh("app"));
            environment.put("PULJE_DATABASE_USER", settings.databaseUser());
            environment.put("PULJE_DATABASE_PASSWORD", settings.databasePassword());
            profile = "postgres,demo";
        }
        Path logs = settings.work().resolve("logs");
        long launched = System.nanoTime();
        try (App commandSide = App.start(
                        "command side",
                        App.launch(settings.root(), "command-side"),
                        28081,
                        profile,
                        environment,
                        logs.resolve("command-side.log"),
                        settings.appJvmOptions("command-side"),
                        List.of());
                App querySide = App.start(
                        "query side",
                        App.launch(settings.root(), "query-side"),
                        28082,
                        profile,
                        environment,
                        logs.resolve("query-side.log"),
                        settings.appJvmOptions("query-side"),
                        List.of("--pulje.node-id=bench"))) {
            Api commands = new Api(http, commandSide.baseUrl());
            Api queries = new Api(http, querySide.baseUrl());

            long firstAccepted = firstAcceptedCommand(commands, commandSide);
            long queryUp = querySide.awaitHealthy(http, Duration.ofMinutes(2));
            double coldStart = (Math.max(firstAccepted, queryUp) - launched) / 1e9;
            results.add(new Result(
                    "B7",
                    "cold start of both apps to first accepted command",
                    String.format(Locale.ROOT, "%.1f s", coldStart),
                    null,
                    "< 15 s",
                    Result.met(coldStart < 15),
                    Map.of(
                            "seconds",
                            coldStart,
                            "commandSideAcceptedSeconds",
                            (firstAccepted - launched) / 1e9,
                            "querySideHealthySeconds",
                            (queryUp - launched) / 1e9),
                    String.format(
                            Locale.ROOT,
                            "both JVMs launched together; first command accepted after %.1f s, "
                                    + "query side healthy after %.1f s",
                            (firstAccepted - launched) / 1e9,
                            (queryUp - launched) / 1e9)));
            if (!settings.runs("B3") && !settings.runs("B6") && !settings.runs("B8")) {
                return results;
            }

            PoolsForClients pools = new PoolsForClients(commands, "r" + System.currentTimeMillis() % 100000);
            List<PoolsForClients.ClientPools> perClient = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                perClient.add(pools.forClient(c));
            }
            CpuShares cpu = new CpuShares()
                    .process("commandSide", commandSide.pid())
                    .process("querySide", querySide.pid())
                    .processesNamed("postgres", "postgres")
                    .process("loadGenerator", ProcessHandle.current().pid());
            Outcome throughput = ClosedLoop.run(
                    clients,
                    warmup,
                    measure,
                    100_000,
                    client -> {
                        PoolsForClients.ClientPools mine = perClient.get(client);
                        return () -> {
                            PoolsForClients.Submission next = mine.next();
                            commands.post(next.path(), next.user(), next.json());
                        };
                    },
                    cpu::start);
            Map<String, Double> cpuPerCommand = cpu.perRequest(throughput.done());
            double rate = throughput.perSecond();
            double half = Math.max(rate / 2, 1);

            // The half load starts once the projections have caught up with what the closed loop stored, so that
            // B6 measures the lag at that load, not the closed loop's backlog draining.
            double caughtUpAfter = awaitProjectionsCaughtUp(queries);
            Recorder lags = new Recorder(3);
            AtomicLong notVisible = new AtomicLong();
            AtomicLong sequence = new AtomicLong();
            ExecutorService watchers = Executors.newFixedThreadPool(4);
            Outcome latency = OpenLoop.run(clients, half, steady, client -> {
                PoolsForClients.ClientPools mine = perClient.get(client);
                return () -> {
                    PoolsForClients.Submission next = mine.next();
                    HttpResponse<String> accepted = commands.post(next.path(), next.user(), next.json());
                    long acceptedAt = System.nanoTime();
                    if (sequence.incrementAndGet() % SAMPLE_EVERY == 0) {
                        String location =
                                accepted.headers().firstValue("Location").orElseThrow();
                        watchers.execute(() -> watch(queries, location, acceptedAt, lags, notVisible));
                    }
                };
            });
            watchers.shutdown();
            watchers.awaitTermination(VISIBLE_WITHIN.toSeconds() + 5, TimeUnit.SECONDS);
            Histogram lag = lags.getIntervalHistogram();

            if (settings.runs("B3")) {
                results.add(b3(throughput, latency, half, cpuPerCommand));
            }
            if (settings.runs("B6")) {
                results.add(b6(lag, notVisible.get(), half, caughtUpAfter));
            }
            if (settings.runs("B8")) {
                results.add(new ReplayUnderLoad(commands, queries, perClient, half, steady).run());
            }
            if (settings.runs("B3")) {
                PoolsForClients.SharedPool rush = pools.shared();
                Outcome rushed = ClosedLoop.run(clients, warmup, measure, 100_000, client -> () -> {
                    PoolsForClients.Submission next = rush.next();
                    commands.post(next.path(), next.user(), next.json());
                });
                results.add(DeadlineRush.result(
                        rushed, DeadlineRush.check(databases, rush.poolPrefix()), ceiling, clients));
            }
        }
        return results;
    }

    /** Seconds until no projection is behind the event store's head (at most a minute). */
    private static double awaitProjectionsCaughtUp(Api queries) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        long start = System.nanoTime();
        while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(1)) {
            boolean behind = false;
            for (JsonNode group : json.readTree(Api.expectOk(
                            queries.get("/admin/projections/progress", "auditor"), "GET /admin/projections/progress")
                    .body())) {
                behind |= group.path("behind").asLong(0) > 0;
            }
            if (!behind) {
                break;
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private Result b3(Outcome throughput, Outcome latency, double half, Map<String, Double> cpuPerCommand) {
        double rate = throughput.perSecond();
        double percent = 100 * rate / ceiling;
        double p50 = latency.millisAt(50);
        double p99 = latency.millisAt(99);
        boolean met = percent >= 10 && p99 <= 50;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("commandsPerSecond", rate);
        values.put("commands", throughput.done());
        values.put("failed", throughput.failed() + latency.failed());
        values.put("closedLoopP50Ms", throughput.millisAt(50));
        values.put("closedLoopP99Ms", throughput.millisAt(99));
        values.put("halfLoadPerSecond", half);
        values.put("halfLoadP50Ms", p50);
        values.put("halfLoadP99Ms", p99);
        values.put("halfLoadP999Ms", latency.millisAt(99.9));
        cpuPerCommand.forEach((part, millis) -> values.put("cpuMsPerCommand." + part, millis));
        String failure = throughput.firstFailure() != null ? throughput.firstFailure() : latency.firstFailure();
        return new Result(
                "B3",
                "SubmitApplication via REST, " + settings.clients() + " clients",
                String.format(Locale.ROOT, "%.0f cmd/s; p50 %.1f ms, p99 %.1f ms at %.0f/s", rate, p50, p99, half),
                percent,
                ">= 10 % of C; p99 <= 50 ms",
                Result.met(met),
                values,
                String.format(
                        Locale.ROOT,
                        "%d accepted in %.1f s (closed loop: p50 %.1f ms, p99 %.1f ms); "
                                + "at half load %d sent, p99.9 %.1f ms; CPU per command (closed loop): %s%s",
                        throughput.done(),
                        throughput.elapsed().toMillis() / 1000.0,
                        throughput.millisAt(50),
                        throughput.millisAt(99),
                        latency.done(),
                        latency.millisAt(99.9),
                        CpuShares.describe(cpuPerCommand),
                        failure == null
                                ? ""
                                : "; " + (throughput.failed() + latency.failed()) + " failed, first: " + failure));
    }

    private Result b6(Histogram lag, long notVisible, double rate, double caughtUpAfter) {
        double p50 = lag.getValueAtPercentile(50) / 1e6;
        double p99 = lag.getValueAtPercentile(99) / 1e6;
        boolean met = lag.getTotalCount() > 0 && notVisible == 0 && p99 < 1000;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("p50Ms", p50);
        values.put("p99Ms", p99);
        values.put("maxMs", lag.getMaxValue() / 1e6);
        values.put("samples", lag.getTotalCount());
        values.put("projectionsCaughtUpAfterClosedLoopSeconds", caughtUpAfter);
        values.put("notVisibleWithin10s", notVisible);
        values.put("loadPerSecond", rate);
        return new Result(
                "B6",
                "command accepted -> visible in the query API, p99",
                String.format(Locale.ROOT, "p99 %.0f ms (p50 %.0f ms)", p99, p50),
                null,
                "< 1 s (aim 200 ms)",
                Result.met(met),
                values,
                String.format(
                        Locale.ROOT,
                        "%d samples at %.0f submissions/s, max %.0f ms%s; polled "
                                + "GET /pools/{id}/applications/{id} every %d ms from the answer on; the half load "
                                + "began when the projections had caught up with the closed loop, %.1f s after it",
                        lag.getTotalCount(),
                        rate,
                        lag.getMaxValue() / 1e6,
                        notVisible == 0 ? "" : ", " + notVisible + " not visible within 10 s",
                        POLL_MILLIS,
                        caughtUpAfter));
    }

    private static void watch(Api queries, String location, long acceptedAt, Recorder lags, AtomicLong notVisible) {
        long until = acceptedAt + VISIBLE_WITHIN.toNanos();
        try {
            while (System.nanoTime() < until) {
                if (queries.get(location, "auditor").statusCode() == 200) {
                    lags.recordValue(System.nanoTime() - acceptedAt);
                    return;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (Exception e) {
            // counted as not visible
        }
        notVisible.incrementAndGet();
    }

    /** Keeps establishing the benchmark's programme until the command side accepts it; answers when it did. */
    private static long firstAcceptedCommand(Api commands, App commandSide) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < until) {
            if (!commandSide.alive()) {
                throw new IllegalStateException("The command side stopped while starting; see " + commandSide.log());
            }
            try {
                commands.post("/programmes", "manager", PoolsForClients.programmeJson());
                return System.nanoTime();
            } catch (java.io.IOException | IllegalStateException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException(
                "The command side accepted no command within 2 minutes; see " + commandSide.log());
    }
}

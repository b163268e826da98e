package dk.pulje.bench.replay;

import com.zaxxer.hikari.HikariDataSource;
import dk.pulje.bench.Settings;
import dk.pulje.bench.load.Api;
import dk.pulje.bench.load.App;
import dk.pulje.bench.load.BenchUsers;
import dk.pulje.bench.loop.CpuShares;
import dk.pulje.bench.report.Result;
import dk.pulje.bench.store.AxonStore;
import dk.pulje.bench.store.Databases;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * B5: the query side, started from its jar on an event store filled with a realistic history, projects every event
 * into every read model from the start, as a full replay does. Measured: events per second of the slowest
 * projection from when the query side is up until all have caught up (or the time is up), and the heap after a
 * full GC every {@value #HEAP_EVERY_SECONDS} s (forced with jcmd) to show whether memory stays flat; the heap's
 * class histogram at the end goes to {@code bench/target/logs/query-side-replay-histogram.txt}.
 */
public final class ReplayBenchmark {

    private static final int HEAP_EVERY_SECONDS = 10;
    /** G1 reports its heap in one line, the parallel collector its young and old generations each in one. */
    private static final Pattern HEAP_USED =
            Pattern.compile("(?:heap|PSYoungGen|ParOldGen)\\s+total \\d+K, used (\\d+)K");

    private final Settings settings;
    private final Databases databases;

    public ReplayBenchmark(Settings settings, Databases databases) {
        this.settings = settings;
        this.databases = databases;
    }

    public Result run() throws Exception {
        long wanted = settings.quick() ? 100_000 : 1_000_000;
        Duration cap = Duration.ofSeconds(settings.quick() ? 60 : 150);
        String url = databases.fresh("replay");
        long events;
        long fillStart = System.nanoTime();
        try (HikariDataSource dataSource = databases.dataSource(url, 2)) {
            Databases.migrateEventStore(dataSource);
            events = new EventStoreFiller(dataSource, AxonStore.serializer()).fill(wanted);
        }
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        System.err.printf(Locale.ROOT, "B5: %d events written in %.0f s; projecting…%n", events, fillSeconds);

        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_APPLICATION_JSON", BenchUsers.springApplicationJson());
        // Outside the demo profile an app starts only with a master key of its own.
        environment.put("PULJE_PERSONAL_DATA_MASTER_KEY", randomKey());
        String profile;
        if (settings.embedded()) {
            environment.put("PULJE_DATA_DIR", databases.h2Dir("replay").toString());
            profile = "embedded";
        } else {
            environment.put("PULJE_DATABASE_URL", url);
            environment.put("PULJE_DATABASE_USER", settings.databaseUser());
            environment.put("PULJE_DATABASE_PASSWORD", settings.databasePassword());
            profile = "postgres";
        }
        HttpClient http = Api.client();
        JsonMapper json = JsonMapper.builder().build();
        List<long[]> heap = new ArrayList<>();
        try (App querySide = App.start(
                "query side",
                App.launch(settings.root(), "query-side"),
                28083,
                profile,
                environment,
                settings.work().resolve("logs").resolve("query-side-replay.log"),
                settings.appJvmOptions("query-side-replay"),
                List.of("--pulje.node-id=bench-replay"))) {
            Api queries = new Api(http, querySide.baseUrl());
            long up = querySide.awaitHealthy(http, Duration.ofMinutes(2));
            CpuShares cpu =
                    new CpuShares().process("querySide", querySide.pid()).processesNamed("postgres", "postgres");
            cpu.start();
            long head = headOf(queries, json);
            long startPosition = slowest(queries, json);
            long until = up + cap.toNanos();
            long nextHeap = up;
            long position = startPosition;
            long now = up;
            Path positions = querySide.log().resolveSibling("query-side-replay-positions.txt");
            Files.writeString(positions, "");
            while (now < until && position < head) {
                if (now >= nextHeap) {
                    heap.add(new long[] {(now - up) / 1_000_000_000L, heapAfterGc(querySide.pid())});
                    Files.writeString(
                            positions,
                            positionsLine((now - up) / 1_000_000_000L, queries, json),
                            StandardOpenOption.APPEND);
                    nextHeap += HEAP_EVERY_SECONDS * 1_000_000_000L;
                }
                Thread.sleep(500);
                position = slowest(queries, json);
                now = System.nanoTime();
            }
            Map<String, Double> cpuPerEvent = cpu.perRequest(position - startPosition);
            heap.add(new long[] {(now - up) / 1_000_000_000L, heapAfterGc(querySide.pid())});
            Files.writeString(
                    querySide.log().resolveSibling("query-side-replay-histogram.txt"),
                    jcmd(querySide.pid(), "GC.class_histogram"));
            double seconds = (now - up) / 1e9;
            double perSecond = (position - startPosition) / seconds;
            boolean caughtUp = position >= head;
            return result(
                    events, fillSeconds, startPosition, position, seconds, perSecond, caughtUp, heap, cpuPerEvent);
        } finally {
            databases.drop("replay");
        }
    }

    private Result result(
            long events,
            double fillSeconds,
            long startPosition,
            long position,
            double seconds,
            double perSecond,
            boolean caughtUp,
            List<long[]> heap,
            Map<String, Double> cpuPerEvent) {
        long first = heap.get(Math.min(1, heap.size() - 1))[1];
        long last = heap.get(heap.size() - 1)[1];
        long max = heap.stream().mapToLong(h -> h[1]).max().orElse(0);
        boolean flat = heap.size() < 3 || last <= first * 1.5 + 32 * 1024;
        StringBuilder heapLine = new StringBuilder();
        for (long[] h : heap) {
            heapLine.append(heapLine.length() == 0 ? "" : ", ")
                    .append(h[0])
                    .append(" s: ")
                    .append(h[1] / 1024)
                    .append(" MiB");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("events", events);
        values.put("eventsPerSecond", perSecond);
        values.put("caughtUp", caughtUp);
        values.put("positionAtStart", startPosition);
        values.put("positionAtEnd", position);
        values.put("seconds", seconds);
        values.put("fillSeconds", fillSeconds);
        cpuPerEvent.forEach((part, millis) -> values.put("cpuMicrosPerEvent." + part, millis * 1000));
        values.put(
                "heapAfterGcKiB",
                heap.stream().map(h -> Map.of("second", h[0], "kib", h[1])).toList());
        return new Result(
                "B5",
                "full replay of all projections over " + events / 1000 + "k events",
                String.format(Locale.ROOT, "%.0f events/s; heap %d -> %d MiB", perSecond, first / 1024, last / 1024),
                null,
                ">= 10k events/s on 2 cores, memory flat",
                Result.met(perSecond >= 10_000 && flat),
                values,
                String.format(
                        Locale.ROOT,
                        "%s: slowest projection from %d to %d in %.0f s%s; heap after full GC: %s "
                                + "(max %d MiB, %s); store filled in %.0f s; CPU per event of the slowest projection's "
                                + "progress, all projections: query side %.0f µs, postgres %.0f µs",
                        caughtUp ? "caught up" : "NOT caught up within the time allowed",
                        startPosition,
                        position,
                        seconds,
                        caughtUp ? "" : " (rate measured over that time)",
                        heapLine,
                        max / 1024,
                        flat ? "flat" : "growing",
                        fillSeconds,
                        cpuPerEvent.get("querySide") * 1000,
                        cpuPerEvent.get("postgres") * 1000));
    }

    /** Each processor's position, to see how far apart they run. */
    private static String positionsLine(long second, Api queries, JsonMapper json) throws Exception {
        StringBuilder line = new StringBuilder().append(second).append(" s:");
        for (JsonNode group : progress(queries, json)) {
            line.append(' ')
                    .append(group.path("group").asString("?"))
                    .append('=')
                    .append(group.path("position").asLong(0));
        }
        for (String meter :
                queries.get("/actuator/prometheus", "auditor").body().split("\n")) {
            if (meter.startsWith("pulje_event_reads_total")) {
                line.append(' ').append(meter.replace("pulje_event_reads_total", "reads"));
            }
        }
        return line.append('\n').toString();
    }

    /** The position of the projection furthest behind. */
    private static long slowest(Api queries, JsonMapper json) throws Exception {
        long slowest = Long.MAX_VALUE;
        for (JsonNode group : progress(queries, json)) {
            slowest = Math.min(slowest, group.path("position").asLong(0));
        }
        return slowest == Long.MAX_VALUE ? 0 : slowest;
    }

    private static long headOf(Api queries, JsonMapper json) throws Exception {
        long head = 0;
        for (JsonNode group : progress(queries, json)) {
            head = Math.max(head, group.path("head").asLong(0));
        }
        return head;
    }

    private static JsonNode progress(Api queries, JsonMapper json) throws Exception {
        return json.readTree(
                Api.expectOk(queries.get("/admin/projections/progress", "auditor"), "GET /admin/projections/progress")
                        .body());
    }

    /** The heap in use right after a full GC, in KiB, read with jcmd from the JDK that runs the bench. */
    private static long heapAfterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        long kib = 0;
        boolean found = false;
        while (used.find()) {
            kib += Long.parseLong(used.group(1));
            found = true;
        }
        return found ? kib : -1;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid),
                        command)
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

package dk.pulje.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one run measures and how hard: the store (the local PostgreSQL, or the embedded H2 with {@code --embedded}),
 * the size of the run ({@code --quick} for a smoke run), which benchmarks ({@code --only B1,B3}), and whether
 * the apps and the JMH runs record a flight recording each ({@code --jfr}, to {@code bench/target/logs/*.jfr}), and
 * how long the load loops warm up ({@code --warmup SECONDS}; by default 40 s, 3 s in a quick run).
 */
public record Settings(
        boolean embedded,
        boolean quick,
        boolean jfr,
        Set<String> only,
        int clients,
        int warmupSeconds,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        Path root,
        Path work) {

    public static final List<String> ALL = List.of("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8");

    static Settings parse(String[] args) {
        boolean embedded = false;
        boolean quick = false;
        boolean jfr = false;
        Set<String> only = new LinkedHashSet<>(ALL);
        int clients = 16;
        int warmupSeconds = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--embedded" -> embedded = true;
                case "--quick" -> quick = true;
                case "--jfr" -> jfr = true;
                case "--only" ->
                    only = new LinkedHashSet<>(
                            Arrays.asList(args[++i].toUpperCase().split(",")));
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--warmup" -> warmupSeconds = Integer.parseInt(args[++i]);
                default ->
                    throw new IllegalArgumentException(
                            "Unknown option " + args[i]
                                    + "; the options are --embedded, --quick, --jfr, --only B1,B2,…, --clients N and --warmup SECONDS");
            }
        }
        Path root =
                Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        return new Settings(
                embedded,
                quick,
                jfr,
                only,
                clients,
                warmupSeconds,
                env("PULJE_BENCH_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                env("PULJE_DATABASE_USER", "postgres"),
                env("PULJE_DATABASE_PASSWORD", ""),
                root,
                root.resolve("bench/target"));
    }

    /** How long the command load warms the apps up before it counts. */
    public Duration warmup() {
        return Duration.ofSeconds(warmupSeconds >= 0 ? warmupSeconds : quick ? 3 : 40);
    }

    public boolean runs(String id) {
        return only.contains(id);
    }

    /** JVM options of an app: its heap and collector as ./run sets them, and a flight recording with {@code --jfr}. */
    public List<String> appJvmOptions(String app) {
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseParallelGC", "-XX:MetaspaceSize=128m"));
        if (jfr) {
            options.add("-XX:StartFlightRecording=settings=profile,filename="
                    + work.resolve("logs").resolve(app + ".jfr"));
        }
        return options;
    }

    public String store() {
        return embedded ? "embedded H2" : "PostgreSQL";
    }

    /** The same settings as system properties, for the forked JMH runs. */
    public List<String> asSystemProperties() {
        return List.of(
                "-Dbench.embedded=" + embedded,
                "-Dbench.databaseUrl=" + databaseUrl,
                "-Dbench.databaseUser=" + databaseUser,
                "-Dbench.databasePassword=" + databasePassword,
                "-Dbench.root=" + root,
                "-Daxoniq.update-checker.disabled=true");
    }

    /** Settings inside a forked JMH run, from {@link #asSystemProperties()}. */
    public static Settings fromSystemProperties() {
        Path root =
                Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        return new Settings(
                Boolean.getBoolean("bench.embedded"),
                false,
                false,
                Set.of(),
                16,
                -1,
                System.getProperty("bench.databaseUrl"),
                System.getProperty("bench.databaseUser"),
                System.getProperty("bench.databasePassword", ""),
                root,
                root.resolve("bench/target"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

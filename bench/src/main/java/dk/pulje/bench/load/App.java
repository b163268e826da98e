package dk.pulje.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One of Pulje's apps, started from its jar as its own process, as an operator would start it. */
public final class App implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final long startedAt;

    private App(String name, Process process, int port, Path log, long startedAt) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedAt = startedAt;
    }

    /**
     * The java arguments that start {@code module} as ./run does: from its class data sharing archive where
     * tools/cds-archive made one for the current jar, else from its jar.
     */
    public static List<String> launch(Path root, String module) {
        Path target = root.resolve(module).resolve("target");
        Path jar = target.resolve(module + "-0.1.0-SNAPSHOT.jar");
        Path archive = target.resolve("cds").resolve(module + ".jsa");
        Path extracted = target.resolve("cds").resolve("app").resolve(jar.getFileName());
        try {
            if (Files.exists(extracted)
                    && Files.exists(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                return List.of(
                        "-XX:SharedArchiveFile=" + archive,
                        "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off",
                        "-jar",
                        extracted.toString());
            }
        } catch (IOException unreadable) {
            // started from its jar
        }
        return List.of("-jar", jar.toString());
    }

    public static App start(
            String name,
            List<String> launch,
            int port,
            String profiles,
            Map<String, String> environment,
            Path log,
            List<String> jvmOptions,
            List<String> arguments)
            throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // The load generator is one client sending as fast as it can: the request limits are off.
        command.addAll(launch);
        command.addAll(List.of(
                "--spring.profiles.active=" + profiles,
                "--server.port=" + port,
                "--pulje.requests.per-second=0",
                "--pulje.requests.address.per-second=0"));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.environment().putAll(environment);
        long startedAt = System.nanoTime();
        return new App(name, builder.start(), port, log, startedAt);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public long startedAt() {
        return startedAt;
    }

    /** Waits until the app's health is UP; answers the nanoTime it was first seen UP. */
    public long awaitHealthy(HttpClient http, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The " + name + " stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The " + name + " was not healthy within " + timeout + "; see " + log);
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}

package dk.pulje.query.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * One of the apps as it is deployed: its jar (built by the reactor before the query side's integration tests) run
 * as its own process with the demo users (the command side also with the seed pools), on the PostgreSQL database
 * the test also uses, so the apps meet only through its event store.
 */
public final class AppProcess implements AutoCloseable {

    private static final File COMMAND_SIDE = new File("../command-side/target/command-side-0.1.0-SNAPSHOT.jar");
    private static final File QUERY_SIDE = new File("target/query-side-0.1.0-SNAPSHOT.jar");

    private final Process process;
    private final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the command side on {@code database}, healthy; its log is target/{name}-command-side.log. */
    public static AppProcess commandSide(String database, String name) throws IOException {
        return start(COMMAND_SIDE, database, name + "-command-side");
    }

    /** Starts a query side on {@code database}, healthy; its log is target/{name}-query-side.log. */
    public static AppProcess querySide(String database, String name) throws IOException {
        return start(QUERY_SIDE, database, name + "-query-side");
    }

    private static AppProcess start(File jar, String database, String name) throws IOException {
        Assumptions.assumeTrue(
                jar.isFile(),
                "The apps' jars are built by the reactor before this test: " + "run mvn verify from the top folder");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File log = new File("target/" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        new File(System.getProperty("java.home"), "bin/java").getPath(),
                        "-Xmx384m",
                        "-jar",
                        jar.getPath(),
                        "--spring.profiles.active=postgres,demo",
                        "--server.port=" + port,
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--pulje.chain.anchor-file=target/" + name + "-chain-anchors.ndjson")
                .redirectErrorStream(true)
                .redirectOutput(log);
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        AppProcess app = new AppProcess(builder.start(), port);
        await("the app to start (log: " + log + ")")
                // A shared, busy build machine can take more than two minutes to start a Spring Boot app.
                .atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> app.process.isAlive()
                        && DemoHttp.get(port, "/actuator/health", null).body().contains("UP"));
        return app;
    }

    public int port() {
        return port;
    }

    public HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return DemoHttp.post(port, path, user, json);
    }

    /** Sends a command and expects it answered with {@code status}. */
    public HttpResponse<String> command(String path, String user, String json, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = post(path, user, json);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(status);
        return answer;
    }

    /**
     * Waits until the app is ready for traffic: its start-up work is over (the command side's seed pools all loaded),
     * which is later than healthy, when it already answers commands.
     */
    public void awaitReady() {
        await("the app to be ready")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                // 503 until then; the body would not tell, as it shows the database's component UP throughout.
                .until(() ->
                        DemoHttp.get(port, "/actuator/health/readiness", null).statusCode() == 200);
    }

    /** SIGKILL: no shutdown hook, no graceful stop; what was in flight is cut off. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
    }
}

package dk.pulje.query.system;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command side as it is deployed: its jar (built by the reactor before the query side's integration tests)
 * run as its own process with the demo users and seed pools, on the PostgreSQL database the query side under test
 * also uses, so the two meet only through its event store.
 */
public final class CommandSideProcess implements AutoCloseable {

    private static final File JAR = new File("../command-side/target/command-side-0.1.0-SNAPSHOT.jar");

    private final Process process;
    private final int port;

    private CommandSideProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it on {@code database} and waits until it is healthy; its log is target/{name}-command-side.log. */
    public static CommandSideProcess start(String database, String name) throws IOException {
        Assumptions.assumeTrue(JAR.isFile(), "The command side's jar is built by the reactor before this test: "
                + "run mvn verify from the top folder");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File log = new File("target/" + name + "-command-side.log");
        ProcessBuilder builder = new ProcessBuilder(
                new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx384m", "-jar", JAR.getPath(),
                "--spring.profiles.active=postgres,demo", "--server.port=" + port,
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=")
                .redirectErrorStream(true)
                .redirectOutput(log);
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        CommandSideProcess commandSide = new CommandSideProcess(builder.start(), port);
        await("the command side to start (log: " + log + ")").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> commandSide.process.isAlive()
                        && DemoHttp.get(port, "/actuator/health", null).body().contains("UP"));
        return commandSide;
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

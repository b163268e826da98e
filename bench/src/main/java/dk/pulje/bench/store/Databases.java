package dk.pulje.bench.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.pulje.bench.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Fresh databases for the benchmarks: on PostgreSQL a database {@code pulje_bench_<name>}, dropped and created
 * anew; embedded, an H2 file under {@code bench/target/h2/<name>}.
 */
public final class Databases {

    public static final String PREFIX = "pulje_bench_";

    private final Settings settings;

    public Databases(Settings settings) {
        this.settings = settings;
    }

    /** Creates the database {@code name} afresh and answers its JDBC URL. */
    public String fresh(String name) {
        if (settings.embedded()) {
            Path dir = h2Dir(name);
            deleteRecursively(dir);
            return h2Url(dir);
        }
        try (Connection admin = DriverManager.getConnection(
                        settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + PREFIX + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + PREFIX + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot create database " + PREFIX + name + " at " + settings.databaseUrl() + ": " + e.getMessage(),
                    e);
        }
        return url(name);
    }

    /** The JDBC URL of database {@code name}, which must exist. */
    public String url(String name) {
        if (settings.embedded()) {
            return h2Url(h2Dir(name));
        }
        String base = settings.databaseUrl();
        int slash = base.lastIndexOf('/');
        int query = base.indexOf('?', slash);
        return base.substring(0, slash + 1) + PREFIX + name + (query < 0 ? "" : base.substring(query));
    }

    public void drop(String name) {
        if (settings.embedded()) {
            deleteRecursively(h2Dir(name));
            return;
        }
        try (Connection admin = DriverManager.getConnection(
                        settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + PREFIX + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public HikariDataSource dataSource(String url, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(settings.embedded() ? "sa" : settings.databaseUser());
        config.setPassword(settings.embedded() ? "" : settings.databasePassword());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(poolSize);
        config.setPoolName("bench");
        if (!settings.embedded()) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return new HikariDataSource(config);
    }

    /** The event store's tables, by the same migrations and history table the apps use. */
    public static void migrateEventStore(javax.sql.DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/eventstore")
                .table("flyway_eventstore_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** The H2 directory the apps use as {@code PULJE_DATA_DIR} for database {@code name}. */
    public Path h2Dir(String name) {
        return settings.work().resolve("h2").resolve(name);
    }

    private static String h2Url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("pulje") + ";AUTO_SERVER=TRUE";
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dk.pulje.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run measured: cores, memory, CPU, Java and the database server. */
public record Machine(int cores, long memoryMiB, String cpu, String os, String java, String database) {

    public static Machine here(String jdbcUrl, String user, String password, boolean embedded) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024 * 1024),
                cpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                embedded
                        ? "H2 " + org.h2.engine.Constants.VERSION + " (embedded, file mode)"
                        : databaseVersion(jdbcUrl, user, password));
    }

    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("cores", cores);
        map.put("memoryMiB", memoryMiB);
        map.put("cpu", cpu);
        map.put("os", os);
        map.put("java", java);
        map.put("database", database);
        return map;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String databaseVersion(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement sql = connection.createStatement()) {
            StringBuilder version = new StringBuilder();
            try (ResultSet row = sql.executeQuery("SELECT version()")) {
                row.next();
                version.append(row.getString(1).replaceAll(" on .*", ""));
            }
            for (String setting : new String[] {"synchronous_commit", "shared_buffers", "max_connections"}) {
                try (ResultSet row = sql.executeQuery("SHOW " + setting)) {
                    row.next();
                    version.append(", ").append(setting).append('=').append(row.getString(1));
                }
            }
            return version.toString();
        } catch (SQLException e) {
            return "PostgreSQL (version unknown: " + e.getMessage() + ")";
        }
    }
}

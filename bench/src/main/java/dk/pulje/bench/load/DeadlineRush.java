package dk.pulje.bench.load;

import dk.pulje.bench.loop.Outcome;
import dk.pulje.bench.report.Result;
import dk.pulje.bench.store.Databases;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B3's deadline-rush variant: every client submits to one pool at a time. Judged by its throughput, by its answers
 * (none may fail) and by the invariants read back from the event store: each pool's stream without a gap, and one
 * application per municipality per pool.
 */
final class DeadlineRush {

    private static final Pattern MUNICIPALITY = Pattern.compile("\"municipality\":\"(\\d+)\"");

    record Invariants(int pools, long applications, long duplicates, long gaps) {
        boolean held() {
            return pools > 0 && duplicates == 0 && gaps == 0;
        }
    }

    private DeadlineRush() {}

    static Invariants check(Databases databases, String poolPrefix) throws SQLException {
        Map<String, Long> events = new HashMap<>();
        Map<String, Long> highest = new HashMap<>();
        Map<String, Set<String>> applicants = new HashMap<>();
        long applications = 0;
        long duplicates = 0;
        try (var dataSource = databases.dataSource(databases.url("app"), 1);
                Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT aggregateIdentifier, sequenceNumber, "
                        + "payloadType, payload FROM DomainEventEntry WHERE aggregateIdentifier LIKE ?")) {
            select.setString(1, poolPrefix + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String pool = rows.getString(1);
                    events.merge(pool, 1L, Long::sum);
                    highest.merge(pool, rows.getLong(2), Math::max);
                    if (rows.getString(3).endsWith(".ApplicationSubmitted")) {
                        applications++;
                        Matcher municipality =
                                MUNICIPALITY.matcher(new String(rows.getBytes(4), StandardCharsets.UTF_8));
                        if (!municipality.find()
                                || !applicants
                                        .computeIfAbsent(pool, p -> new HashSet<>())
                                        .add(municipality.group(1))) {
                            duplicates++;
                        }
                    }
                }
            }
        }
        long gaps = events.keySet().stream()
                .filter(pool -> highest.get(pool) + 1 != events.get(pool))
                .count();
        return new Invariants(events.size(), applications, duplicates, gaps);
    }

    static Result result(Outcome rushed, Invariants invariants, double ceiling, int clients) {
        double rate = rushed.perSecond();
        double percent = 100 * rate / ceiling;
        boolean met = percent >= 3 && rushed.failed() == 0 && invariants.held();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("commandsPerSecond", rate);
        values.put("commands", rushed.done());
        values.put("failed", rushed.failed());
        values.put("p50Ms", rushed.millisAt(50));
        values.put("p99Ms", rushed.millisAt(99));
        values.put("pools", invariants.pools());
        values.put("applicationsInStore", invariants.applications());
        values.put("duplicateApplicants", invariants.duplicates());
        values.put("poolsWithGaps", invariants.gaps());
        return new Result(
                "B3r",
                "deadline rush: SubmitApplication via REST, " + clients + " clients, one pool",
                String.format(
                        Locale.ROOT,
                        "%.0f cmd/s; p50 %.1f ms, p99 %.1f ms",
                        rate,
                        rushed.millisAt(50),
                        rushed.millisAt(99)),
                percent,
                ">= 3 % of C; no failure; invariants held",
                Result.met(met),
                values,
                String.format(
                        Locale.ROOT,
                        "%d accepted, %d failed%s; %d pools, %d applications in the store, "
                                + "%d duplicate applicants, %d pools with a gap in their stream",
                        rushed.done(),
                        rushed.failed(),
                        rushed.firstFailure() == null ? "" : " (first: " + rushed.firstFailure() + ")",
                        invariants.pools(),
                        invariants.applications(),
                        invariants.duplicates(),
                        invariants.gaps()));
    }
}

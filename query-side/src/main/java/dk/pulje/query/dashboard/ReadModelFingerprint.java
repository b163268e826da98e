package dk.pulje.query.dashboard;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A cheap sign that the read models the dashboard shows have changed: per table its row count and the sum of its
 * rows' last applied sequence numbers. A projection only ever inserts rows or raises their sequence number, and a
 * reset deletes them, so any change it makes changes this.
 */
@Component
class ReadModelFingerprint {

    private static final List<String> TABLES = List.of(
            "programme_overview",
            "pool_overview",
            "pool_overview_application",
            "pool_application",
            "grant_overview",
            "grant_report");

    private static final String QUERY = String.join(
            " UNION ALL ",
            TABLES.stream()
                    .map(table -> "SELECT '" + table + "', COUNT(*), COALESCE(SUM(last_sequence), 0) FROM " + table)
                    .toList());

    private final JdbcTemplate jdbc;

    ReadModelFingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> read() {
        return jdbc.query(QUERY, (row, index) -> row.getString(1) + ":" + row.getString(2) + ":" + row.getString(3));
    }
}

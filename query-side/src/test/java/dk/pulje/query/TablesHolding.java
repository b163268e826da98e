package dk.pulje.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every table and column of the database in which a trace occurs (ignoring case), as text or as UTF-8 bytes. */
final class TablesHolding {

    private TablesHolding() {}

    static List<String> search(JdbcTemplate jdbc, String... traces) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("SELECT table_name, column_name, data_type FROM "
                + "information_schema.columns WHERE LOWER(table_schema) = 'public'")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String type = ((String) column.get("data_type")).toLowerCase(Locale.ROOT);
            boolean text =
                    type.contains("char") || type.contains("text") || type.contains("json") || type.contains("clob");
            boolean bytes = type.contains("binary") || type.contains("bytea") || type.contains("blob");
            if (!text && !bytes) {
                continue;
            }
            for (Object value : jdbc.queryForList("SELECT \"" + name + "\" FROM \"" + table + "\"", Object.class)) {
                String shown = (value instanceof byte[] raw
                                ? new String(raw, StandardCharsets.UTF_8)
                                : String.valueOf(value))
                        .toLowerCase(Locale.ROOT);
                for (String trace : traces) {
                    if (shown.contains(trace.toLowerCase(Locale.ROOT))) {
                        found.add(table + "." + name + " holds " + trace + ": " + shown);
                    }
                }
            }
        }
        return found;
    }
}

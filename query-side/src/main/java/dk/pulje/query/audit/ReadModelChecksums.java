package dk.pulje.query.audit;

import dk.pulje.query.infra.ReadModel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A SHA-256 fingerprint of every read-model table, over all its rows in primary-key order, so an auditor can see
 * that a rebuild from the events gave exactly the read models there were. Values are hashed as canonical text
 * (amounts as whole øre, instants in ISO-8601 UTC), the same on H2 and PostgreSQL.
 */
@Component
public class ReadModelChecksums {

    private final JdbcTemplate jdbc;
    private final List<ReadModel> readModels;

    ReadModelChecksums(JdbcTemplate jdbc, List<ReadModel> readModels) {
        this.jdbc = jdbc;
        this.readModels = readModels;
    }

    /** Table name → SHA-256 in hex, by table name. */
    public Map<String, String> checksums() {
        Map<String, String> checksums = new TreeMap<>();
        readModels.stream()
                .flatMap(readModel -> readModel.tables().stream())
                .forEach(table -> checksums.put(table.name(), checksum(table)));
        return checksums;
    }

    private String checksum(ReadModel.Table table) {
        MessageDigest sha256 = sha256();
        jdbc.query("SELECT * FROM " + table.name() + " ORDER BY " + table.primaryKey(), row -> {
            int columns = row.getMetaData().getColumnCount();
            StringBuilder text = new StringBuilder();
            for (int column = 1; column <= columns; column++) {
                text.append(canonical(row, column));
            }
            sha256.update(text.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        });
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Length-prefixed, so no value can run into the next; {@code -} for null. */
    private static String canonical(ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        if (value == null) {
            return "-";
        }
        String text = textOf(value);
        return text.length() + ":" + text;
    }

    private static String textOf(Object value) {
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant().toString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

package dk.pulje.query.accessrequest;

import dk.pulje.query.infra.Rows;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The log of exports for access to documents: who exported which application, for whom, when and why, how the
 * requester stood to it, what the export held (events, letters, attachments, redactions) and the SHA-256 of exactly what was handed out. Written before the
 * export is; not a read model, never replayed.
 */
@Component
class AccessExportLog {

    private final JdbcTemplate jdbc;

    AccessExportLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One export as logged. */
    record LoggedExport(
            String exportId,
            String poolId,
            String applicationId,
            String requesterName,
            String requesterOrganisation,
            String standing,
            String reason,
            String exportedBy,
            String role,
            Instant exportedAt,
            int events,
            int letters,
            int attachments,
            int redactions,
            String sha256) {}

    void write(LoggedExport export) {
        jdbc.update(
                "INSERT INTO access_export (export_id, pool_id, application_id, requester_name, "
                        + "requester_organisation, standing, reason, exported_by, role, exported_at, events, letters, "
                        + "attachments, redactions, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                export.exportId(),
                export.poolId(),
                export.applicationId(),
                export.requesterName(),
                export.requesterOrganisation(),
                export.standing(),
                export.reason(),
                export.exportedBy(),
                export.role(),
                Rows.timestamp(export.exportedAt()),
                export.events(),
                export.letters(),
                export.attachments(),
                export.redactions(),
                export.sha256());
    }

    /** The latest exports, newest first, optionally of one application only. */
    List<LoggedExport> latest(String applicationId, int limit) {
        return jdbc.query(
                "SELECT * FROM access_export WHERE (CAST(? AS VARCHAR(64)) IS NULL OR application_id = ?) "
                        + "ORDER BY exported_at DESC, export_id LIMIT ?",
                (row, index) -> new LoggedExport(
                        row.getString("export_id"),
                        row.getString("pool_id"),
                        row.getString("application_id"),
                        row.getString("requester_name"),
                        row.getString("requester_organisation"),
                        row.getString("standing"),
                        row.getString("reason"),
                        row.getString("exported_by"),
                        row.getString("role"),
                        Rows.instant(row, "exported_at"),
                        row.getInt("events"),
                        row.getInt("letters"),
                        row.getInt("attachments"),
                        row.getInt("redactions"),
                        row.getString("sha256")),
                applicationId,
                applicationId,
                limit);
    }
}

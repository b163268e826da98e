package dk.pulje.command.document;

import dk.pulje.shared.application.Attachment;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Uploads in the command side's table {@code uploaded_document}. */
@Component
class JdbcUploads implements Uploads {

    private final JdbcTemplate jdbc;

    JdbcUploads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Upload upload) {
        Attachment document = upload.document();
        jdbc.update(
                "INSERT INTO uploaded_document (document_id, organisation, file_name, media_type, size_bytes, sha256, "
                        + "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                document.documentId(),
                upload.organisation(),
                document.fileName(),
                document.mediaType(),
                document.size(),
                document.sha256(),
                upload.uploadedBy(),
                Timestamp.from(upload.uploadedAt()));
    }

    @Override
    public Optional<Upload> find(String documentId) {
        return jdbc
                .query(
                        "SELECT * FROM uploaded_document WHERE document_id = ?",
                        (row, n) -> new Upload(
                                row.getString("organisation"),
                                row.getString("uploaded_by"),
                                row.getTimestamp("uploaded_at").toInstant(),
                                new Attachment(
                                        row.getString("document_id"),
                                        row.getString("file_name"),
                                        row.getString("media_type"),
                                        row.getLong("size_bytes"),
                                        row.getString("sha256"))),
                        documentId)
                .stream()
                .findFirst();
    }

    @Override
    public boolean markAttached(String documentId, Instant at) {
        return jdbc.update(
                        "UPDATE uploaded_document SET attached_at = COALESCE(attached_at, ?) WHERE document_id = ?",
                        Timestamp.from(at),
                        documentId)
                == 1;
    }

    @Override
    public List<String> unattached(Instant uploadedBefore, int limit) {
        return jdbc.queryForList(
                "SELECT document_id FROM uploaded_document WHERE attached_at IS NULL AND uploaded_at < ? "
                        + "AND organisation <> ? ORDER BY uploaded_at, document_id LIMIT ?",
                String.class,
                Timestamp.from(uploadedBefore),
                Uploads.AGENCY,
                limit);
    }

    @Override
    public boolean forgetUnattached(String documentId) {
        return jdbc.update("DELETE FROM uploaded_document WHERE document_id = ? AND attached_at IS NULL", documentId)
                == 1;
    }
}

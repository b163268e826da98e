package dk.pulje.query.application;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.pool.PoolId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the documents attached to an application, in the order it attached them. */
@Component
public class AttachmentQueries {

    private final NamedParameterJdbcTemplate jdbc;

    AttachmentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AttachmentView> attachments(PoolId poolId, ApplicationId applicationId) {
        return jdbc.query(
                "SELECT * FROM application_attachment WHERE pool_id = :pool_id AND application_id = :application_id "
                        + "ORDER BY place",
                new MapSqlParameterSource("pool_id", poolId.value()).addValue("application_id", applicationId.value()),
                (row, index) -> new AttachmentView(
                        row.getString("document_id"),
                        row.getString("sha256"),
                        row.getString("media_type"),
                        row.getLong("size_bytes"),
                        row.getString("file_name"),
                        "/pools/" + poolId.value() + "/applications/" + applicationId.value() + "/attachments/"
                                + row.getString("document_id")));
    }

    Optional<AttachmentView> attachment(PoolId poolId, ApplicationId applicationId, String documentId) {
        return attachments(poolId, applicationId).stream()
                .filter(attachment -> attachment.documentId().equals(documentId))
                .findFirst();
    }
}

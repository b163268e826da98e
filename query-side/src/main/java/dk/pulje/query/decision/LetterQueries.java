package dk.pulje.query.decision;

import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.pool.PoolId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the decisions slice's tables: an application's letters, and reconsiderations by pool or application. */
@Component
public class LetterQueries {

    private final NamedParameterJdbcTemplate jdbc;

    LetterQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<LetterView> letters(PoolId poolId, ApplicationId applicationId) {
        return jdbc.query(
                "SELECT * FROM decision_letter WHERE pool_id = :pool_id AND application_id = :application_id "
                        + "ORDER BY aggregate_sequence",
                new MapSqlParameterSource("pool_id", poolId.value()).addValue("application_id", applicationId.value()),
                (row, index) -> letter(row));
    }

    public Optional<LetterView> letter(PoolId poolId, ApplicationId applicationId, String documentId) {
        return letters(poolId, applicationId).stream()
                .filter(letter -> letter.documentId().equals(documentId))
                .findFirst();
    }

    List<ReconsiderationView> reconsiderations(PoolId poolId, String status) {
        return jdbc.query(
                "SELECT * FROM reconsideration WHERE pool_id = :pool_id AND (CAST(:status AS VARCHAR(20)) IS NULL "
                        + "OR status = :status) ORDER BY requested_at, reconsideration_id",
                new MapSqlParameterSource("pool_id", poolId.value()).addValue("status", status),
                (row, index) -> reconsideration(row));
    }

    List<ReconsiderationView> reconsiderations(PoolId poolId, ApplicationId applicationId) {
        return jdbc.query(
                "SELECT * FROM reconsideration WHERE pool_id = :pool_id AND application_id = :application_id "
                        + "ORDER BY requested_at, reconsideration_id",
                new MapSqlParameterSource("pool_id", poolId.value()).addValue("application_id", applicationId.value()),
                (row, index) -> reconsideration(row));
    }

    private static LetterView letter(ResultSet row) throws SQLException {
        String poolId = row.getString("pool_id");
        String applicationId = row.getString("application_id");
        String documentId = row.getString("document_id");
        return new LetterView(
                documentId,
                row.getString("sha256"),
                row.getString("outcome"),
                row.getObject("amount_oere") == null ? null : Rows.money(row, "amount_oere"),
                row.getString("language"),
                Rows.instant(row, "issued_at"),
                row.getObject("reconsideration_by", java.time.LocalDate.class),
                row.getString("complaint_body"),
                "/pools/" + poolId + "/applications/" + applicationId + "/letters/" + documentId);
    }

    private static ReconsiderationView reconsideration(ResultSet row) throws SQLException {
        return new ReconsiderationView(
                row.getString("reconsideration_id"),
                row.getString("application_id"),
                row.getString("pool_id"),
                row.getString("organisation"),
                row.getString("status"),
                row.getString("requested_by"),
                Rows.instant(row, "requested_at"),
                row.getString("reason"),
                row.getString("handled_by"),
                row.getString("handled_role"),
                row.getObject("handled_at") == null ? null : Rows.instant(row, "handled_at"),
                row.getString("outcome_reason"),
                row.getObject("amount_oere") == null ? null : Rows.money(row, "amount_oere"),
                row.getString("complaint_body"));
    }
}

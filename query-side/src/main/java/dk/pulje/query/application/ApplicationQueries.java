package dk.pulje.query.application;

import dk.pulje.query.infra.JsonColumns;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationPage;
import dk.pulje.shared.application.ApplicationStatus;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.application.ApplicationView.Partnership;
import dk.pulje.shared.application.FindApplication;
import dk.pulje.shared.application.FindApplications;
import dk.pulje.shared.application.PartnershipStatus;
import dk.pulje.shared.pool.PoolId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers pages of a pool's applications, in the order they were submitted. */
@Component
class ApplicationQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final Priorities priorities;

    ApplicationQueries(NamedParameterJdbcTemplate jdbc, Priorities priorities) {
        this.jdbc = jdbc;
        this.priorities = priorities;
    }

    @QueryHandler
    ApplicationPage handle(FindApplications query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(
                        "pool_id", query.poolId().value())
                .addValue("offset", (long) query.page() * query.size())
                .addValue("size", query.size());
        String where = "WHERE pool_id = :pool_id";
        if (query.status() != null) {
            where += " AND status = :status";
            parameters.addValue("status", query.status().name());
        }
        if (query.applicantKey() != null) {
            where += " AND (applicant_key = :applicant_key"
                    + " OR (partner_keys LIKE :partner_key AND declined_partner_keys NOT LIKE :partner_key"
                    + " AND removed_partner_keys NOT LIKE :partner_key))";
            parameters
                    .addValue("applicant_key", query.applicantKey())
                    .addValue("partner_key", "%|" + query.applicantKey() + "|%");
        }
        List<ApplicationView> items = jdbc.query(
                "SELECT * FROM pool_application " + where
                        + " ORDER BY submitted_at, application_id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY",
                parameters,
                ApplicationQueries::view);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM pool_application " + where, parameters, Long.class);
        return new ApplicationPage(
                priorities.of(query.poolId(), items), query.page(), query.size(), total == null ? 0 : total);
    }

    @QueryHandler
    Optional<ApplicationView> handle(FindApplication query) {
        return jdbc
                .query(
                        "SELECT * FROM pool_application WHERE pool_id = :pool_id AND application_id = :id",
                        new MapSqlParameterSource("pool_id", query.poolId().value())
                                .addValue("id", query.applicationId().value()),
                        ApplicationQueries::view)
                .stream()
                .findFirst()
                .map(application ->
                        priorities.of(query.poolId(), List.of(application)).get(0));
    }

    private static ApplicationView view(ResultSet row, int index) throws SQLException {
        return new ApplicationView(
                        ApplicationId.of(row.getString("application_id")),
                        PoolId.of(row.getString("pool_id")),
                        row.getInt("round_number"),
                        ApplicationStatus.valueOf(row.getString("status")),
                        row.getString("applicant_key"),
                        row.getString("applicant_name"),
                        row.getString("project_title"),
                        row.getString("activity_category"),
                        Rows.money(row, "requested_oere"),
                        JsonColumns.readLines(row.getString("budget_lines")),
                        Rows.money(row, "awarded_oere"),
                        Rows.nullableInt(row, "score"),
                        Rows.instant(row, "submitted_at"),
                        null,
                        null,
                        null,
                        null,
                        JsonColumns.readAnswers(row.getString("answers")),
                        Rows.nullableInt(row, "form_version"))
                .withPartnerships(partnerships(row));
    }

    /** The partners' names (one a line) and keys (|key|) in the order named, each with its decision. */
    private static List<Partnership> partnerships(ResultSet row) throws SQLException {
        String names = row.getString("partners");
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> keys = keys(row.getString("partner_keys"));
        List<String> confirmed = keys(row.getString("confirmed_partner_keys"));
        List<String> declined = keys(row.getString("declined_partner_keys"));
        List<String> removed = keys(row.getString("removed_partner_keys"));
        List<String> each = List.of(names.split("\n"));
        return IntStream.range(0, each.size())
                .mapToObj(i -> {
                    // Rows written before the keys were kept have names only.
                    String key = i < keys.size() ? keys.get(i) : null;
                    return new Partnership(
                            key,
                            each.get(i),
                            confirmed.contains(key)
                                    ? PartnershipStatus.CONFIRMED
                                    : declined.contains(key)
                                            ? PartnershipStatus.DECLINED
                                            : removed.contains(key)
                                                    ? PartnershipStatus.REMOVED
                                                    : PartnershipStatus.AWAITING_CONFIRMATION);
                })
                .toList();
    }

    private static List<String> keys(String column) {
        return Arrays.stream(column.split("\\|")).filter(key -> !key.isEmpty()).toList();
    }
}

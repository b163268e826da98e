package dk.pulje.query.grant;

import dk.pulje.query.grant.GrantViews.GrantDetail;
import dk.pulje.query.grant.GrantViews.GrantSummary;
import dk.pulje.query.grant.GrantViews.LineView;
import dk.pulje.query.grant.GrantViews.OverdueReport;
import dk.pulje.query.grant.GrantViews.PaymentView;
import dk.pulje.query.grant.GrantViews.ReportAttachmentView;
import dk.pulje.query.grant.GrantViews.ReportView;
import dk.pulje.query.grant.GrantViews.UpcomingDeadline;
import dk.pulje.query.infra.JsonColumns;
import dk.pulje.query.infra.Rows;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.pool.Round;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the grants read model: single grants, lists, overdue reports and the deadlines coming up. */
@Component
public class GrantQueries {

    private static final String SUMMARY = """
            SELECT g.*, EXISTS (SELECT 1 FROM grant_report r WHERE r.grant_id = g.grant_id AND r.overdue
                                AND r.state <> 'APPROVED') AS held
            FROM grant_overview g""";

    private static final RowMapper<GrantSummary> GRANT = (row, index) -> {
        Money awarded = Rows.money(row, "awarded_oere");
        Money paid = Rows.money(row, "paid_oere");
        Money claimed = Rows.money(row, "claimed_oere");
        Money repaid = Rows.money(row, "repaid_oere");
        Money released = Rows.money(row, "released_oere");
        return new GrantSummary(
                row.getString("grant_id"),
                row.getString("pool_id"),
                row.getString("programme_id"),
                row.getString("applicant_key"),
                row.getString("applicant_name"),
                row.getString("status"),
                awarded,
                paid,
                awarded.minus(paid).minus(released),
                claimed.minus(repaid),
                repaid,
                Rows.money(row, "waived_oere"),
                released,
                row.getBoolean("held"),
                Rows.instant(row, "accept_by"),
                Rows.instant(row, "start_by"),
                Rows.instant(row, "awarded_at"));
    };

    private final NamedParameterJdbcTemplate jdbc;

    GrantQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Grants, each filter applying when not null: of one pool, in one status, to one applicant (its key). */
    public List<GrantSummary> grants(String poolId, String status, String applicantKey) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("pool_id", poolId)
                .addValue("status", status)
                .addValue("applicant_key", applicantKey);
        return jdbc.query(
                SUMMARY + " WHERE (CAST(:pool_id AS VARCHAR(64)) IS NULL OR g.pool_id = :pool_id)"
                        + " AND (CAST(:status AS VARCHAR(30)) IS NULL OR g.status = :status)"
                        + " AND (CAST(:applicant_key AS VARCHAR(80)) IS NULL OR g.applicant_key = :applicant_key)"
                        + " ORDER BY g.awarded_at, g.grant_id",
                parameters,
                GRANT);
    }

    public Optional<GrantDetail> grant(String grantId) {
        MapSqlParameterSource id = new MapSqlParameterSource("grant_id", grantId);
        return jdbc.query(SUMMARY + " WHERE g.grant_id = :grant_id", id, GRANT).stream()
                .findFirst()
                .map(grant -> {
                    List<ReportView> reports = jdbc.query(
                            "SELECT * FROM grant_report WHERE grant_id = :grant_id " + "ORDER BY due_on, report_id",
                            id,
                            (row, index) -> new ReportView(
                                    row.getString("report_id"),
                                    row.getString("kind"),
                                    row.getObject("due_on", LocalDate.class),
                                    row.getString("state"),
                                    row.getBoolean("overdue"),
                                    JsonColumns.readLines(row.getString("spent_by_line"))));
                    BudgetLines budget = JsonColumns.readLines(jdbc.queryForObject(
                            "SELECT budget_lines FROM grant_overview WHERE grant_id = :grant_id", id, String.class));
                    return new GrantDetail(grant, LineView.of(budget, reports), reports, payments(grantId));
                });
    }

    List<PaymentView> payments(String grantId) {
        return jdbc.query(
                "SELECT * FROM grant_payment WHERE grant_id = :grant_id ORDER BY paid_at, payment_id",
                new MapSqlParameterSource("grant_id", grantId),
                (row, index) -> new PaymentView(
                        row.getString("payment_id"),
                        row.getInt("budget_year"),
                        Rows.money(row, "amount_oere"),
                        Rows.instant(row, "paid_at"),
                        row.getString("paid_by")));
    }

    List<OverdueReport> overdueReports() {
        return jdbc.query(
                """
                SELECT g.grant_id, g.pool_id, g.applicant_name, r.report_id, r.kind, r.due_on, r.state
                FROM grant_report r JOIN grant_overview g ON g.grant_id = r.grant_id
                WHERE r.overdue AND r.state <> 'APPROVED' AND g.status NOT IN ('LAPSED', 'CLOSED')
                ORDER BY r.due_on, g.grant_id, r.report_id""",
                (row, index) -> new OverdueReport(
                        row.getString("grant_id"),
                        row.getString("pool_id"),
                        row.getString("applicant_name"),
                        row.getString("report_id"),
                        row.getString("kind"),
                        row.getObject("due_on", LocalDate.class),
                        row.getString("state")));
    }

    List<UpcomingDeadline> upcoming(Instant from, Instant until) {
        MapSqlParameterSource window = new MapSqlParameterSource("from", Rows.timestamp(from))
                .addValue("until", Rows.timestamp(until))
                .addValue("from_day", LocalDate.ofInstant(from, Deadline.COPENHAGEN))
                .addValue("until_day", LocalDate.ofInstant(until, Deadline.COPENHAGEN));
        List<UpcomingDeadline> deadlines = new ArrayList<>();
        deadlines.addAll(jdbc.query(
                """
                SELECT grant_id, pool_id, applicant_name, accept_by FROM grant_overview
                WHERE status = 'AWAITING_ACCEPTANCE' AND accept_by >= :from AND accept_by < :until""",
                window,
                (row, index) -> new UpcomingDeadline(
                        Rows.instant(row, "accept_by"),
                        "grant-acceptance",
                        row.getString("pool_id"),
                        row.getString("grant_id"),
                        row.getString("applicant_name") + " must accept the grant")));
        deadlines.addAll(jdbc.query(
                """
                SELECT grant_id, pool_id, applicant_name, start_by FROM grant_overview
                WHERE status = 'ACCEPTED' AND start_by >= :from AND start_by < :until""",
                window,
                (row, index) -> new UpcomingDeadline(
                        Rows.instant(row, "start_by"),
                        "project-start",
                        row.getString("pool_id"),
                        row.getString("grant_id"),
                        row.getString("applicant_name") + " must start the project")));
        deadlines.addAll(jdbc.query(
                """
                SELECT g.grant_id, g.pool_id, g.applicant_name, r.report_id, r.due_on
                FROM grant_report r JOIN grant_overview g ON g.grant_id = r.grant_id
                WHERE r.state = 'DUE' AND g.status NOT IN ('LAPSED', 'CLOSED')
                  AND r.due_on >= :from_day AND r.due_on <= :until_day""",
                window,
                (row, index) -> new UpcomingDeadline(
                        row.getObject("due_on", LocalDate.class)
                                .plusDays(1)
                                .atStartOfDay(Deadline.COPENHAGEN)
                                .toInstant(),
                        "report-due",
                        row.getString("pool_id"),
                        row.getString("grant_id"),
                        row.getString("applicant_name") + ": report " + row.getString("report_id") + " due "
                                + row.getObject("due_on", LocalDate.class))));
        jdbc.query("SELECT pool_id, terms FROM pool_overview WHERE status = 'PUBLISHED'", row -> {
            for (Round round : JsonColumns.readTerms(row.getString("terms")).rounds()) {
                Instant at = round.deadline().instant();
                if (!at.isBefore(from) && at.isBefore(until)) {
                    deadlines.add(new UpcomingDeadline(
                            at,
                            "round-deadline",
                            row.getString("pool_id"),
                            null,
                            "Round " + round.number() + " closes " + round.deadline() + " (Copenhagen time)"));
                }
            }
        });
        deadlines.sort(Comparator.comparing(UpcomingDeadline::at).thenComparing(UpcomingDeadline::kind));
        return deadlines;
    }

    /** The documents attached to the report's latest submission, in the order they were attached. */
    public List<ReportAttachmentView> reportAttachments(String grantId, String reportId) {
        return jdbc.query(
                "SELECT * FROM grant_report_attachment WHERE grant_id = :grant_id AND report_id = :report_id AND "
                        + "aggregate_sequence = (SELECT MAX(aggregate_sequence) FROM grant_report_attachment WHERE "
                        + "grant_id = :grant_id AND report_id = :report_id) ORDER BY place",
                new MapSqlParameterSource("grant_id", grantId).addValue("report_id", reportId),
                (row, index) -> reportAttachment(row));
    }

    /** A document attached to any submission of the report. */
    public Optional<ReportAttachmentView> reportAttachment(String grantId, String reportId, String documentId) {
        return jdbc
                .query(
                        "SELECT * FROM grant_report_attachment WHERE grant_id = :grant_id AND report_id = :report_id "
                                + "AND document_id = :document_id ORDER BY aggregate_sequence DESC",
                        new MapSqlParameterSource("grant_id", grantId)
                                .addValue("report_id", reportId)
                                .addValue("document_id", documentId),
                        (row, index) -> reportAttachment(row))
                .stream()
                .findFirst();
    }

    private static ReportAttachmentView reportAttachment(ResultSet row) throws SQLException {
        return new ReportAttachmentView(
                row.getString("document_id"),
                row.getString("sha256"),
                row.getString("media_type"),
                row.getLong("size_bytes"),
                row.getString("file_name"),
                "/grants/" + row.getString("grant_id") + "/reports/" + row.getString("report_id") + "/attachments/"
                        + row.getString("document_id"));
    }
}

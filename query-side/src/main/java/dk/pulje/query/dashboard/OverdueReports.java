package dk.pulje.query.dashboard;

import dk.pulje.query.infra.JsonColumns;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reports past their due date and not yet approved, of grants still running: those grants' payments are held.
 * Read from the grants read model, which records a report overdue at its deadline.
 */
@Component
class OverdueReports {

    private final JdbcTemplate jdbc;

    OverdueReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Overdue> at(Instant now) {
        return jdbc.query(
                """
                SELECT g.pool_id, p.terms, g.applicant_name, r.report_id, r.due_on
                FROM grant_report r
                JOIN grant_overview g ON g.grant_id = r.grant_id
                JOIN pool_overview p ON p.pool_id = g.pool_id
                WHERE r.overdue AND r.state <> 'APPROVED' AND g.status NOT IN ('LAPSED', 'CLOSED')
                ORDER BY r.due_on, g.applicant_name, r.report_id""",
                (row, index) -> new Overdue(
                        row.getString("pool_id"),
                        PoolTitle.of(JsonColumns.readTerms(row.getString("terms"))),
                        row.getString("applicant_name"),
                        row.getString("report_id"),
                        row.getObject("due_on", LocalDate.class)));
    }

    /** A report a grantee (an organisation) owes for a grant of a pool, due on a day in Copenhagen. */
    public record Overdue(String poolId, PoolTitle poolTitle, String grantee, String report, LocalDate due) {}
}

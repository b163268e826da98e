package dk.pulje.query.dashboard;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Grants whose status or final report is past its due date. Grantees' reports are not yet recorded, so no report
 * can be overdue; when they are, this is where the dashboard reads them.
 */
@Component
class OverdueReports {

    List<Overdue> at(Instant now) {
        return List.of();
    }

    /** A report a grantee (an organisation) owes for a grant of a pool, due on a day in Copenhagen. */
    public record Overdue(String poolId, String poolTitle, String grantee, String report, LocalDate due) {
    }
}

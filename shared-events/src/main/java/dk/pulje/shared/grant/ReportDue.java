package dk.pulje.shared.grant;

import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.InvalidValue;
import java.time.LocalDate;

/** A report the grant owes and the date it falls due (due by the end of that day, Copenhagen time). */
public record ReportDue(String reportId, ReportKind kind, LocalDate dueOn) {

    public ReportDue {
        Identifier.require(reportId, "A report id");
        if (kind == null || dueOn == null) {
            throw new InvalidValue("report.due", "A report has a kind and a due date");
        }
    }
}

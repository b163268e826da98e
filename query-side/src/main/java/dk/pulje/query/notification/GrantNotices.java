package dk.pulje.query.notification;

import java.time.LocalDate;
import java.util.List;

/** What a grantee's contact person is told of the grant's reports: one falls due soon, or one is overdue. */
final class GrantNotices {

    private GrantNotices() {}

    static Letter reminder(String project, String reportId, LocalDate dueOn, int daysBefore, String link) {
        return Letter.of(
                "reminder",
                say -> List.of(reportId, say.day(dueOn)),
                "project",
                project,
                "report",
                reportId,
                "due",
                dueOn,
                "days",
                daysBefore,
                "link",
                link);
    }

    static Letter overdue(String project, String reportId, LocalDate dueOn, String link) {
        return Letter.of(
                "overdue",
                say -> List.of(reportId),
                "project",
                project,
                "report",
                reportId,
                "due",
                dueOn,
                "link",
                link);
    }
}

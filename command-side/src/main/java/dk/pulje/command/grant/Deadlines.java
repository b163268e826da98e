package dk.pulje.command.grant;

import java.time.Instant;

/** The payloads of a grant's deadlines; the deadline names add the report id so each can be cancelled alone. */
final class Deadlines {

    static final String ACCEPTANCE = "grant-acceptance";
    static final String PROJECT_START = "project-start";

    private Deadlines() {}

    static String reportDue(String reportId) {
        return "report-due/" + reportId;
    }

    static String reportReminder(String reportId) {
        return "report-reminder/" + reportId;
    }

    record AcceptanceDeadline(Instant acceptBy) {}

    record StartDeadline(Instant startBy) {}

    record ReportDeadline(String reportId) {}

    record ReportReminder(String reportId, int daysBefore) {}
}

package dk.pulje.query.notification;

import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an application's contact person is told: the application was received (a receipt); its decision letter is
 * ready; and of its grant's reports, one falls due soon, or one is overdue.
 */
final class GrantNotices {

    private GrantNotices() {}

    /**
     * The receipt of a submission: what was received when, asking for how much, who signed it for whom, and the
     * documents attached to it, each with the SHA-256 the submission recorded, so the applicant can tell them again.
     */
    static Letter receipt(
            String project,
            String applicationId,
            Instant submittedAt,
            Money amount,
            String signedBy,
            String organisation,
            List<Attachment> attachments,
            String link) {
        return Letter.of(
                "receipt",
                say -> List.of(project),
                "project",
                project,
                "application",
                applicationId,
                "submittedAt",
                submittedAt,
                "amount",
                amount,
                "signedBy",
                signedBy,
                "organisation",
                organisation,
                "attachments",
                attachments,
                "link",
                link);
    }

    static Letter decision(
            String project,
            boolean granted,
            Money amount,
            LocalDate reconsiderationBy,
            String complaintBody,
            String link) {
        return Letter.of(
                "decision",
                say -> List.of(project),
                "project",
                project,
                "granted",
                granted,
                "amount",
                amount,
                "reconsiderationBy",
                reconsiderationBy,
                "complaintBody",
                complaintBody,
                "link",
                link);
    }

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

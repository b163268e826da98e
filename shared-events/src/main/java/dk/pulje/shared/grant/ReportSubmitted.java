package dk.pulje.shared.grant;

import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.common.Decision;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The grantee submits a report, with what was spent on each budget line and the documents attached to it, each with
 * its SHA-256 ({@code attachments}: empty in events stored before reports had attachments, which read with none).
 */
@Revision("1")
public record ReportSubmitted(
        GrantId grantId,
        String reportId,
        String summary,
        BudgetLines spentByLine,
        Decision decision,
        List<Attachment> attachments)
        implements GrantEvent {

    public ReportSubmitted {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public ReportSubmitted(
            GrantId grantId, String reportId, String summary, BudgetLines spentByLine, Decision decision) {
        this(grantId, reportId, summary, spentByLine, decision, null);
    }
}

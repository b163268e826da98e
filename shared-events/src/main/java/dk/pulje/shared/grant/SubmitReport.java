package dk.pulje.shared.grant;

import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.Text;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The grantee submits a report that the grant owes; {@code attachments} are the document ids of documents the
 * grantee's organisation uploaded (POST /documents).
 */
public record SubmitReport(
        @TargetAggregateIdentifier GrantId grantId,
        String reportId,
        String summary,
        BudgetLines spentByLine,
        Actor actor,
        List<String> attachments) {

    public SubmitReport {
        reportId = Identifier.require(reportId, "A report id");
        summary = Text.required(summary, "A report's summary", 10_000);
        spentByLine = spentByLine == null ? BudgetLines.of(null) : spentByLine;
        attachments = Attachment.documentIds(attachments);
    }

    /** A report without attachments. */
    public SubmitReport(GrantId grantId, String reportId, String summary, BudgetLines spentByLine, Actor actor) {
        this(grantId, reportId, summary, spentByLine, actor, null);
    }
}

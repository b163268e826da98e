package dk.pulje.shared.grant;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Identifier;
import dk.pulje.shared.common.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The grantee submits a report that the grant owes. */
public record SubmitReport(
        @TargetAggregateIdentifier GrantId grantId,
        String reportId,
        String summary,
        BudgetLines spentByLine,
        Actor actor) {

    public SubmitReport {
        reportId = Identifier.require(reportId, "A report id");
        summary = Text.required(summary, "A report's summary", 10_000);
        spentByLine = spentByLine == null ? BudgetLines.of(null) : spentByLine;
    }
}

package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** The grantee submits a report, with what was spent on each budget line. */
@Revision("1")
public record ReportSubmitted(
        GrantId grantId, String reportId, String summary, BudgetLines spentByLine, Decision decision)
        implements GrantEvent {}

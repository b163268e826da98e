package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A report was not submitted by its due date: payments are held until it is received and approved. */
@Revision("1")
public record ReportOverdue(GrantId grantId, String reportId, LocalDate dueOn, Decision decision)
        implements GrantEvent {}

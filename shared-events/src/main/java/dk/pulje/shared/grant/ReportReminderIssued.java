package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The grantee is reminded that a report falls due in {@code daysBefore} days. */
@Revision("1")
public record ReportReminderIssued(GrantId grantId, String reportId, LocalDate dueOn, int daysBefore, Decision decision)
        implements GrantEvent {}

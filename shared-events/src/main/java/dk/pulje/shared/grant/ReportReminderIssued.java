package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The grantee is reminded that a report falls due in {@code daysBefore} days. */
@Revision("1")
public record ReportReminderIssued(GrantId grantId, String reportId, LocalDate dueOn, int daysBefore, Decision decision) implements GrantEvent {
}

package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** Grant staff return a report for revision, saying why. */
@Revision("1")
public record ReportReturned(GrantId grantId, String reportId, Decision decision) implements GrantEvent {}

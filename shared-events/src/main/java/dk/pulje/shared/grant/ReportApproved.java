package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** Grant staff approve a report. */
@Revision("1")
public record ReportApproved(GrantId grantId, String reportId, Decision decision) implements GrantEvent {}

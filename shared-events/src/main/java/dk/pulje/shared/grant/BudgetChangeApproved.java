package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** Grant staff approve a requested budget change; it takes effect. */
@Revision("1")
public record BudgetChangeApproved(GrantId grantId, String changeId, BudgetChange change, Decision decision)
        implements GrantEvent {}

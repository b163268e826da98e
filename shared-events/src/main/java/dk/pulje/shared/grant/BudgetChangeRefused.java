package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** Grant staff refuse a requested budget change, saying why. */
@Revision("1")
public record BudgetChangeRefused(GrantId grantId, String changeId, Decision decision) implements GrantEvent {}

package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** The grantee accepts the grant (tilsagn accepteret), with the budget lines it will spend the money on. */
@Revision("1")
public record GrantAccepted(GrantId grantId, BudgetLines budgetLines, Decision decision) implements GrantEvent {}

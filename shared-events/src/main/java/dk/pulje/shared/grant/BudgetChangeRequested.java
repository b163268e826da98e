package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** The grantee asks for a reallocation or a carry-over that needs approval. */
@Revision("1")
public record BudgetChangeRequested(GrantId grantId, String changeId, BudgetChange change, Decision decision)
        implements GrantEvent {}

package dk.pulje.shared.grant;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** A small reallocation (at most 10 % of its line and 100,000 kr.) is recorded without approval. */
@Revision("1")
public record BudgetChangeNoted(GrantId grantId, String changeId, BudgetChange change, Decision decision)
        implements GrantEvent {}

package dk.pulje.shared.decision;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import org.axonframework.serialization.Revision;

/**
 * Reconsidered, the decision is changed: to {@code outcome}, with {@code amount} for a grant (none for a rejection).
 * The pool's award follows in the same unit of work, within its budget.
 */
@Revision("1")
public record DecisionChanged(
        DecisionId decisionId, String reconsiderationId, DecisionOutcome outcome, Money amount, Decision decision)
        implements DecisionEvent {}

package dk.pulje.command.decision;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.decision.DecisionOutcome;

/**
 * The system's command to write the letter of a decision: the message of the unit of work in which
 * {@link DecisionLetters} writes it, within the deciding transaction. Never sent on the command bus.
 */
record IssueDecisionLetter(ApplicationId applicationId, DecisionOutcome outcome, String decisionEventId) {}

package dk.pulje.command.decision;

import dk.pulje.command.pool.LetterFacts;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.decision.DecisionOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one decision letter says: the decision and its reasons, for a grant its amount and conditions, and the
 * complaint guidance (klagevejledning): reconsideration until {@code reconsiderationBy}, then {@code complaintBody}.
 */
record LetterContent(
        String agency,
        LetterFacts facts,
        String applicationId,
        DecisionOutcome outcome,
        Money amount,
        String reasons,
        List<Integer> scores,
        LocalDate decidedOn,
        LocalDate reconsiderationBy,
        String complaintBody) {}

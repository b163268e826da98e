package dk.pulje.command.decision;

import dk.pulje.command.pool.LetterFacts;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.decision.DecisionOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one decision letter says: the decision and its reasons, for a grant its amount and conditions, and the
 * complaint guidance (klagevejledning): reconsideration until {@code reconsiderationBy}, then {@code complaintBody}.
 * {@code previousAmount} is the grant's amount before a change on reconsideration; none for any other letter.
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
        String complaintBody,
        Money previousAmount) {

    /** The letter of an award or a rejection. */
    LetterContent(
            String agency,
            LetterFacts facts,
            String applicationId,
            DecisionOutcome outcome,
            Money amount,
            String reasons,
            List<Integer> scores,
            LocalDate decidedOn,
            LocalDate reconsiderationBy,
            String complaintBody) {
        this(
                agency,
                facts,
                applicationId,
                outcome,
                amount,
                reasons,
                scores,
                decidedOn,
                reconsiderationBy,
                complaintBody,
                null);
    }
}

package dk.pulje.command.grant;

import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetChange;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What the grantee has moved out of each budget line in each calendar year (Copenhagen time) without the pool
 * manager's approval. A move is noted at once only while the year's moves out of its line, this one included, stay
 * within 100,000 kr. and within 10 % of what the line would hold without them; so a large move split into small
 * ones still needs approval. Moves the pool manager approved, or that wait for approval, do not count.
 */
final class MovesWithoutApproval {

    /** Moves above this amount, or above 10 % of their line, need approval. */
    static final Money APPROVAL_LIMIT = Money.of("100000.00");

    private record LineYear(String line, int year) {}

    private final Map<LineYear, Money> movedOut = new HashMap<>();

    boolean needApproval(BudgetChange change, Money lineHolds, Instant at) {
        Money earlier = movedOut.getOrDefault(key(change, at), Money.ZERO);
        Money together = earlier.plus(change.amount());
        Money tenPercent = new Money(lineHolds.plus(earlier).oere() / 10);
        return together.isGreaterThan(tenPercent) || together.isGreaterThan(APPROVAL_LIMIT);
    }

    void noted(BudgetChange change, Instant at) {
        movedOut.merge(key(change, at), change.amount(), Money::plus);
    }

    private static LineYear key(BudgetChange change, Instant at) {
        return new LineYear(change.from(), at.atZone(Deadline.COPENHAGEN).getYear());
    }
}

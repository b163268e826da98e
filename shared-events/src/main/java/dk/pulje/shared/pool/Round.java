package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An application round (ansøgningsrunde): open from {@code opens} until strictly before {@code deadline}. A pool that
 * gives its money in rounds may give a round its own {@code budget}, which caps the awards to the round's
 * applications; null where the round has none (left out of the JSON then, as in events stored before rounds had
 * budgets).
 */
public record Round(
        int number,
        LocalDateTime opens,
        Deadline deadline,
        @JsonInclude(JsonInclude.Include.NON_NULL) Money budget) {

    public Round {
        if (number < 1) {
            throw new InvalidValue("round.number", "Rounds are numbered from 1");
        }
        if (opens == null || deadline == null) {
            throw new InvalidValue("round.dates", "A round has an opening time and a deadline");
        }
        opens = opens.withNano(0);
        if (!opens.isBefore(deadline.local())) {
            throw new InvalidValue("round.dates", "Round " + number + " must open before its deadline");
        }
        if (budget != null && budget.isZero()) {
            throw new InvalidValue("round.budget", "Round " + number + "'s budget, when given, is above 0");
        }
    }

    /** A round without a budget of its own. */
    public Round(int number, LocalDateTime opens, Deadline deadline) {
        this(number, opens, deadline, null);
    }

    public Instant opensAt() {
        return opens.atZone(Deadline.COPENHAGEN).toInstant();
    }

    public boolean hasOpenedAt(Instant now) {
        return !now.isBefore(opensAt());
    }

    public boolean isOpenAt(Instant now) {
        return hasOpenedAt(now) && !deadline.hasPassedAt(now);
    }

    public Round withDeadline(Deadline newDeadline) {
        return new Round(number, opens, newDeadline, budget);
    }
}

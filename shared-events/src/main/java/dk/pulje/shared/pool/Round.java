package dk.pulje.shared.pool;

import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.InvalidValue;

import java.time.Instant;
import java.time.LocalDateTime;

/** An application round (ansøgningsrunde): open from {@code opens} until strictly before {@code deadline}. */
public record Round(int number, LocalDateTime opens, Deadline deadline) {

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
        return new Round(number, opens, newDeadline);
    }
}

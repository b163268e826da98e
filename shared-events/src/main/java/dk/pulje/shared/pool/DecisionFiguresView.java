package dk.pulje.shared.pool;

import dk.pulje.shared.common.Deadline;
import java.math.BigDecimal;
import java.util.List;

/**
 * A pool's decisions in figures: the time from each round's deadline to the decision of its applications, for the
 * pool and per round, and per criterion of the pool the mean score of the applications granted and of those
 * rejected.
 */
public record DecisionFiguresView(
        PoolId poolId, TimeToDecision time, List<RoundTime> rounds, List<CriterionOutcome> criteria) {

    public DecisionFiguresView {
        rounds = List.copyOf(rounds);
        criteria = List.copyOf(criteria);
    }

    /**
     * Days are whole days in Copenhagen from the deadline's date to the date of an application's first decision (an
     * award or a rejection; below 0 for one decided before the deadline). {@code decided} counts the decided
     * applications, {@code medianDays} and {@code longestDays} are theirs (null when none is decided), and
     * {@code undecidedAfterDeadline} counts those neither decided nor withdrawn once their deadline has passed.
     */
    public record TimeToDecision(int decided, BigDecimal medianDays, Integer longestDays, int undecidedAfterDeadline) {

        public static final TimeToDecision NONE = new TimeToDecision(0, null, null, 0);
    }

    public record RoundTime(int round, Deadline deadline, TimeToDecision time) {}

    /**
     * One criterion's scores by outcome: each decided application's consensus score on it (the mean of its
     * independent assessments where it has no consensus), averaged over those granted and over those rejected;
     * a mean is null where no application of that outcome was scored on the criterion.
     */
    public record CriterionOutcome(
            String criterion, int granted, BigDecimal grantedMean, int rejected, BigDecimal rejectedMean) {}
}

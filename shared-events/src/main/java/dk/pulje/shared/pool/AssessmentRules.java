package dk.pulje.shared.pool;

import dk.pulje.shared.application.CriterionScore;
import dk.pulje.shared.common.InvalidValue;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a pool's applications are assessed: the criteria each is scored on, announced with the pool, and how many
 * assessors at least assess each independently before a consensus is recorded (1 unless the pool says more).
 */
public record AssessmentRules(List<AssessmentCriterion> criteria, Integer minimumAssessors) {

    /** A pool that announced no criteria: its applications are scored once, 1 to 5 (ScoreApplication). */
    public static final AssessmentRules NONE = new AssessmentRules(List.of(), 1);

    public AssessmentRules {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        if (new HashSet<>(criteria.stream().map(AssessmentCriterion::code).toList()).size() != criteria.size()) {
            throw new InvalidValue("criteria.codes", "Assessment criteria codes must be unique");
        }
        minimumAssessors = minimumAssessors == null ? 1 : minimumAssessors;
        if (minimumAssessors < 1 || minimumAssessors > 10) {
            throw new InvalidValue("criteria.assessors", "A pool asks for 1 to 10 independent assessors");
        }
    }

    public boolean hasCriteria() {
        return !criteria.isEmpty();
    }

    public Optional<AssessmentCriterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * What is wrong with {@code scores} as an assessment on these criteria (each scored once, within its range, with
     * a justification), or empty when they fit.
     */
    public Optional<String> misfit(List<CriterionScore> scores) {
        Map<String, Long> times =
                scores.stream().collect(Collectors.groupingBy(CriterionScore::criterion, Collectors.counting()));
        for (CriterionScore score : scores) {
            Optional<AssessmentCriterion> criterion = criterion(score.criterion());
            if (criterion.isEmpty()) {
                return Optional.of("The pool has no criterion " + score.criterion() + "; its criteria are "
                        + criteria.stream().map(AssessmentCriterion::code).toList());
            }
            if (!criterion.get().allows(score.score())) {
                return Optional.of("Criterion " + score.criterion() + " is scored from 0 to "
                        + criterion.get().maxScore() + ", not " + score.score());
            }
            if (times.get(score.criterion()) > 1) {
                return Optional.of("Criterion " + score.criterion() + " is scored more than once");
            }
        }
        List<String> missing = criteria.stream()
                .map(AssessmentCriterion::code)
                .filter(code -> !times.containsKey(code))
                .toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("Every criterion is scored; missing: " + missing);
    }

    /** The sum of each criterion's weight times its score: exact, with two decimals. Assumes the scores fit. */
    public BigDecimal weighted(List<CriterionScore> scores) {
        Map<String, AssessmentCriterion> byCode =
                criteria.stream().collect(Collectors.toMap(AssessmentCriterion::code, Function.identity()));
        return scores.stream()
                .map(score -> byCode.get(score.criterion()).weight().multiply(BigDecimal.valueOf(score.score())))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Whether the criteria (not the number of assessors) differ from {@code other}'s. */
    public boolean criteriaDifferFrom(AssessmentRules other) {
        return !criteria.equals(other.criteria);
    }
}

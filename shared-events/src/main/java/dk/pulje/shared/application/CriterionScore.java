package dk.pulje.shared.application;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;

/**
 * One criterion's score in an assessment or a consensus, with why: an assessor's justification, or in a consensus
 * why the agreed score is what it is where the assessors differed. Whether the criterion exists and the score lies in
 * its range is the pool's to say.
 */
public record CriterionScore(String criterion, int score, String justification) {

    public CriterionScore {
        if (criterion == null || criterion.isBlank()) {
            throw new InvalidValue("score.criterion", "A score names its criterion");
        }
        justification = Reason.required(justification, "Criterion " + criterion + "'s score");
    }
}

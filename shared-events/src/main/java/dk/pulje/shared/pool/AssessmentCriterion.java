package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.common.Translations;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What applications are scored on (bedømmelseskriterium), announced with the pool: scored from 0 to {@code maxScore}
 * and counted with its {@code weight}, an exact number (e.g. percent, the pool's weights adding up to 100) with at
 * most two decimals. {@code title} is as published (the seed pools' in Danish); {@code translations} hold it in other
 * languages by language code.
 */
public record AssessmentCriterion(
        String code,
        String title,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> translations,
        BigDecimal weight,
        int maxScore) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final BigDecimal MOST_WEIGHT = new BigDecimal("1000");

    public AssessmentCriterion {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValue(
                    "criterion.code", "A criterion's code is 1–40 lower-case letters, digits or dashes: " + code);
        }
        title = Text.required(title, "A criterion's title", 300);
        translations = Translations.of(translations, "A criterion's title", 300);
        if (weight == null || weight.signum() <= 0 || weight.compareTo(MOST_WEIGHT) > 0) {
            throw new InvalidValue("criterion.weight", "A criterion's weight is above 0 and at most 1000: " + weight);
        }
        if (weight.stripTrailingZeros().scale() > 2) {
            throw new InvalidValue("criterion.weight", "A criterion's weight has at most two decimals: " + weight);
        }
        weight = weight.setScale(2);
        if (maxScore < 1 || maxScore > 100) {
            throw new InvalidValue("criterion.max-score", "A criterion's highest score is from 1 to 100");
        }
    }

    /** The title in {@code language} where it has a translation into it, else as published. */
    public String titleIn(String language) {
        return Translations.in(translations, language, title);
    }

    /** Whether {@code score} lies in the criterion's range, 0 to its highest score. */
    public boolean allows(int score) {
        return score >= 0 && score <= maxScore;
    }
}

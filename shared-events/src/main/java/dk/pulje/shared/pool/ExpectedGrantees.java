package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;

/** How many grantees the agency expects to fund, e.g. 5–6 municipalities. Guidance, not a rule. */
public record ExpectedGrantees(int minimum, int maximum) {

    public ExpectedGrantees {
        if (minimum < 1 || maximum < minimum) {
            throw new InvalidValue("grantees.range", "Expected grantees are a range from at least 1");
        }
    }
}

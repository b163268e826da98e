package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;

/** The smallest and largest amount one application may ask for. */
public record GrantLimits(Money minimum, Money maximum) {

    public GrantLimits {
        if (minimum == null || maximum == null || minimum.isGreaterThan(maximum)) {
            throw new InvalidValue("limits.range", "Grant limits need a minimum not above the maximum");
        }
    }

    public boolean allow(Money amount) {
        return !minimum.isGreaterThan(amount) && !amount.isGreaterThan(maximum);
    }
}

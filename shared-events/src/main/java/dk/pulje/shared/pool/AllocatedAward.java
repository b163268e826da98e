package dk.pulje.shared.pool;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;

/** One award of an allocation: the application and the amount proposed for it. */
public record AllocatedAward(ApplicationId applicationId, Money amount) {

    public AllocatedAward {
        if (applicationId == null) {
            throw new InvalidValue("allocation.application", "Each award of an allocation names its application");
        }
        if (amount == null || amount.isZero()) {
            throw new InvalidValue("award.amount", "An award is an amount above 0");
        }
    }
}

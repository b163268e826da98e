package dk.pulje.query.dashboard;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolView;
import org.springframework.stereotype.Component;

/** What has been paid out of a pool and paid back into it, as the pool overview sums it from its grants. */
@Component
class PoolPayments {

    Payments of(PoolView pool) {
        return new Payments(
                pool.paid() == null ? Money.ZERO : pool.paid(), pool.repaid() == null ? Money.ZERO : pool.repaid());
    }

    record Payments(Money paid, Money repaid) {}
}

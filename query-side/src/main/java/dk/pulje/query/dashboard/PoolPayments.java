package dk.pulje.query.dashboard;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolView;
import org.springframework.stereotype.Component;

/**
 * What has been paid out of a pool and paid back into it. Disbursements and repayments are not yet recorded, so
 * both are nothing; when the pool overview carries them, they are read from it here and nowhere else.
 */
@Component
class PoolPayments {

    Payments of(PoolView pool) {
        return new Payments(Money.ZERO, Money.ZERO);
    }

    record Payments(Money paid, Money repaid) {
    }
}

package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.ReturnsTo;
import org.axonframework.serialization.Revision;

/**
 * Money awarded on this application is no longer awarded ({@code cause}: the grant lapsed, closed with part of it
 * unpaid, or money was repaid) and goes where the pool's terms send it ({@code returnsTo}): back to the pool's
 * budget, or back to the state. Events before revision 2 were all lapses, returned to the pool.
 */
@Revision("2")
public record AwardReleased(
        PoolId poolId,
        ApplicationId applicationId,
        Money amount,
        Decision decision,
        ReleaseCause cause,
        ReturnsTo returnsTo)
        implements ApplicationEvent {

    public AwardReleased {
        cause = cause == null ? ReleaseCause.LAPSED : cause;
        returnsTo = returnsTo == null ? ReturnsTo.POOL : returnsTo;
    }

    /** A lapsed grant's amount, back to the pool. */
    public AwardReleased(PoolId poolId, ApplicationId applicationId, Money amount, Decision decision) {
        this(poolId, applicationId, amount, decision, null, null);
    }
}

package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/** The grant made on this application lapsed: its amount is no longer awarded and returns to the pool's budget. */
@Revision("1")
public record AwardReleased(PoolId poolId, ApplicationId applicationId, Money amount, Decision decision)
        implements ApplicationEvent {
}

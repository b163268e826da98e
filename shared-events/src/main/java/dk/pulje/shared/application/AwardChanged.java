package dk.pulje.shared.application;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.serialization.Revision;

/**
 * The award on this application is changed on reconsideration ({@code reconsiderationId}) from {@code previousAmount}
 * to {@code amount}: the pool's awards change by the difference (a raise
 * within what its budget has left). The grant that follows the award
 * changes with it ({@code GrantAmountChanged}) in the same unit of work.
 */
@Revision("1")
public record AwardChanged(
        PoolId poolId,
        ApplicationId applicationId,
        String reconsiderationId,
        Money previousAmount,
        Money amount,
        Decision decision)
        implements ApplicationEvent {}

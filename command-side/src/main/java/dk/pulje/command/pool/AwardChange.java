package dk.pulje.command.pool;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;

/** An award's amount changed on reconsideration: by whom, to what and why (see {@link PoolAwards}). */
public record AwardChange(
        PoolId poolId,
        ApplicationId applicationId,
        String reconsiderationId,
        Money amount,
        Actor actor,
        String reason) {}

package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Tells a pool that money awarded on an application is no longer awarded, and why (sent by Pulje when the grant
 * lapses, closes with part of it unpaid, or is repaid on); the pool's terms say where it goes.
 */
public record ReleaseAward(
        @TargetAggregateIdentifier PoolId poolId,
        ApplicationId applicationId,
        Money amount,
        Actor actor,
        String reason,
        ReleaseCause cause) {

    public ReleaseAward {
        cause = cause == null ? ReleaseCause.LAPSED : cause;
    }

    public ReleaseAward(PoolId poolId, ApplicationId applicationId, Money amount, Actor actor, String reason) {
        this(poolId, applicationId, amount, actor, reason, ReleaseCause.LAPSED);
    }
}

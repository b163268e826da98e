package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The applicant withdraws its application, before the round's deadline. */
public record WithdrawApplication(
        @TargetAggregateIdentifier PoolId poolId, ApplicationId applicationId, Actor actor, String reason) {

    public WithdrawApplication {
        reason = Reason.optional(reason);
    }
}

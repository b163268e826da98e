package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An assessor or approver declares a conflict of interest in an application (inhabilitet), saying why. */
public record DeclareConflictOfInterest(
        @TargetAggregateIdentifier PoolId poolId, ApplicationId applicationId, Actor actor, String reason) {

    public DeclareConflictOfInterest {
        reason = Reason.required(reason, "A declared conflict of interest");
    }
}

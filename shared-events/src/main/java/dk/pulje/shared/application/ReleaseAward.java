package dk.pulje.shared.application;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Returns a lapsed grant's amount to its pool (sent by Pulje when the grant lapses). */
public record ReleaseAward(@TargetAggregateIdentifier PoolId poolId, ApplicationId applicationId, Money amount,
                           Actor actor, String reason) {
}

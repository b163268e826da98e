package dk.pulje.shared.pool;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Reason;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a drafted or announced pool to the public, with its real rounds when they replace the drafted ones (null
 * keeps them): from here on it changes only by amendments with a reason.
 */
public record PublishPool(@TargetAggregateIdentifier PoolId poolId, Actor actor, String reason, List<Round> rounds) {

    public PublishPool {
        reason = Reason.optional(reason);
        rounds = rounds == null || rounds.isEmpty() ? null : List.copyOf(rounds);
    }

    public PublishPool(PoolId poolId, Actor actor, String reason) {
        this(poolId, actor, reason, null);
    }
}

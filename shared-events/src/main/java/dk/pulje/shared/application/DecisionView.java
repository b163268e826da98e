package dk.pulje.shared.application;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolId;
import java.time.Instant;

/**
 * One decision in a pool's history: {@code kind} is the event's name (PoolPublished, GrantAwarded, …),
 * {@code applicationId} and {@code amount} are set where the decision concerns them, {@code outcome} where the
 * kind alone does not tell it (a screening's "eligible" or "not eligible", a score's "score 4").
 */
public record DecisionView(
        PoolId poolId,
        long sequence,
        String kind,
        ApplicationId applicationId,
        Money amount,
        String outcome,
        String decidedBy,
        Role role,
        Instant decidedAt,
        String reason) {}

package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The pool is open to applicants; {@code rulesVersion} counts the versions of its terms (1 at publication).
 * {@code rounds} are the real rounds an announced pool is published with, null when the drafted ones stand.
 */
@Revision("1")
public record PoolPublished(PoolId poolId, int rulesVersion, Decision decision, List<Round> rounds)
        implements PoolEvent {

    public PoolPublished {
        rounds = rounds == null ? null : List.copyOf(rounds);
    }

    public PoolPublished(PoolId poolId, int rulesVersion, Decision decision) {
        this(poolId, rulesVersion, decision, null);
    }
}

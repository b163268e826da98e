package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** The pool is open to applicants; {@code rulesVersion} counts the versions of its terms (1 at publication). */
@Revision("1")
public record PoolPublished(PoolId poolId, int rulesVersion, Decision decision) implements PoolEvent {
}

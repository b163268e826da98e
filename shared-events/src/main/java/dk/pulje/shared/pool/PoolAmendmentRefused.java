package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import org.axonframework.serialization.Revision;

/** A proposed amendment was refused (or withdrawn by its proposer), with the reason; the pool stays as it was. */
@Revision("1")
public record PoolAmendmentRefused(PoolId poolId, int amendment, Decision decision) implements PoolEvent {}

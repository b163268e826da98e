package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.ProgrammeId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PoolDrafted(PoolId poolId, ProgrammeId programmeId, Money budget, PoolTerms terms, Decision decision)
        implements PoolEvent {
}

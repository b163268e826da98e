package dk.pulje.shared.pool;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.programme.ProgrammeId;
import org.axonframework.serialization.Revision;

/** A pool drafted with its terms; events stored before {@code amendmentsNeedSecondSignature} existed read false. */
@Revision("1")
public record PoolDrafted(
        PoolId poolId,
        ProgrammeId programmeId,
        Money budget,
        PoolTerms terms,
        Decision decision,
        Boolean amendmentsNeedSecondSignature)
        implements PoolEvent {

    public PoolDrafted {
        amendmentsNeedSecondSignature = Boolean.TRUE.equals(amendmentsNeedSecondSignature);
    }

    public PoolDrafted(PoolId poolId, ProgrammeId programmeId, Money budget, PoolTerms terms, Decision decision) {
        this(poolId, programmeId, budget, terms, decision, false);
    }
}

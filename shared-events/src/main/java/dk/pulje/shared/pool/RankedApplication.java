package dk.pulje.shared.pool;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Money;
import java.math.BigDecimal;

/**
 * An application's place in an allocation's ranking: {@code weightedScore} is the one it is ranked by (the consensus,
 * or the single assessment where the pool asks for one assessor); {@code priority} whether the pool's priority rule
 * puts it first (null where the pool has none) and {@code priorityReason} why; {@code proposed} the amount the
 * allocation awards it, null when it is passed over.
 */
public record RankedApplication(
        int rank,
        ApplicationId applicationId,
        Applicant applicant,
        BigDecimal weightedScore,
        Boolean priority,
        String priorityReason,
        Money requested,
        Money proposed) {}

package dk.pulje.shared.pool;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Reason;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Proposes the pool's awards as one allocation (indstilling), with a reason; nothing is awarded until an approver other
 * than its proposer approves it (see {@link ApproveAllocation}). Without awards (null or none), the pool proposes
 * from its ranking: each application in rank order at the amount it asked for, while the budget holds it and the pool
 * expects more grantees.
 */
public record ProposeAllocation(
        @TargetAggregateIdentifier PoolId poolId, List<AllocatedAward> awards, Actor actor, String reason) {

    /** More awards than any pool's expected grantees; a longer list is a mistake, not an allocation. */
    public static final int MAX_AWARDS = 1_000;

    public ProposeAllocation {
        if (poolId == null || actor == null) {
            throw new InvalidValue("allocation.proposal", "A proposal names the pool and who proposes");
        }
        awards = awards == null ? List.of() : awards;
        if (awards.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue(
                    "allocation.awards", "Each award of an allocation names an application and an amount");
        }
        if (awards.size() > MAX_AWARDS) {
            throw new InvalidValue("allocation.awards", "An allocation proposes at most " + MAX_AWARDS + " awards");
        }
        awards = List.copyOf(awards);
        if (new HashSet<ApplicationId>(awards.stream()
                                .map(AllocatedAward::applicationId)
                                .toList())
                        .size()
                != awards.size()) {
            throw new InvalidValue("allocation.awards", "An allocation names each application once");
        }
        reason = Reason.required(reason, "An allocation");
    }

    /** Whether the pool is to propose the awards from its ranking. */
    public boolean fromRanking() {
        return awards.isEmpty();
    }
}

package dk.pulje.command.programme;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Instant;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The way other features draw on a programme's envelope. It runs inside their command's unit of work, so a
 * pool and its programme change together or not at all, and the programme's version guards its envelope
 * against concurrent drafts and amendments on any node.
 */
@Component
public class ProgrammeFunds {

    private final Repository<Programme> programmes;

    ProgrammeFunds(Repository<Programme> programmes) {
        this.programmes = programmes;
    }

    /** Sets {@code budget} aside for a new pool, in {@code track} and {@code years} where given (null for none). */
    public void allocate(
            ProgrammeId programmeId,
            PoolId poolId,
            Money budget,
            String track,
            FinanceYears years,
            Actor actor,
            Instant now,
            String reason) {
        programmes
                .load(programmeId.toString())
                .execute(p -> p.allocate(poolId, budget, track, years, actor, now, reason));
    }

    public void reallocate(
            ProgrammeId programmeId, PoolId poolId, Money budget, Actor actor, Instant now, String reason) {
        programmes.load(programmeId.toString()).execute(p -> p.reallocate(poolId, budget, actor, now, reason));
    }
}

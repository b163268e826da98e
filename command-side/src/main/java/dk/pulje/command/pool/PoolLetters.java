package dk.pulje.command.pool;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.pool.PoolId;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The pool's port for decision letters: what a letter tells of the pool and the application, read in the unit of
 * work that records the decision (docs/architecture.md, "Crossing aggregates").
 */
@Component
public class PoolLetters {

    private final Repository<Pool> pools;

    PoolLetters(Repository<Pool> pools) {
        this.pools = pools;
    }

    public LetterFacts facts(PoolId poolId, ApplicationId applicationId) {
        return pools.load(poolId.toString()).invoke(pool -> pool.letterFacts(applicationId));
    }
}

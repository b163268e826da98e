package dk.pulje.query.audit;

import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.application.FindApplicationAsOf;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.pool.FindPoolAsOf;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolView;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * A pool or an application as it stood at an instant, rebuilt from the event store (never from the read models,
 * which only know the present).
 */
@Component
class AsOf {

    private final WholeStream stream;

    AsOf(WholeStream stream) {
        this.stream = stream;
    }

    @QueryHandler
    Optional<PoolView> pool(FindPoolAsOf query) {
        return fold(query.poolId(), query.asOf()).pool();
    }

    @QueryHandler
    Optional<ApplicationView> application(FindApplicationAsOf query) {
        return fold(query.poolId(), query.asOf()).application(query.applicationId());
    }

    private PoolFold fold(PoolId poolId, Instant asOf) {
        PoolFold fold = PoolFold.of(stream.ofPool(poolId), asOf);
        for (GrantId grant : fold.grants()) {
            fold.add(stream.of(grant.toString()), asOf);
        }
        return fold;
    }
}

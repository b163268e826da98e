package dk.pulje.query.audit;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolView;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * A pool or an application as it stood at an instant, rebuilt from the event store (never from the read models,
 * which only know the present).
 */
@Component
public class AsOf {

    private final EventStore eventStore;

    AsOf(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<PoolView> pool(PoolId poolId, Instant asOf) {
        return fold(poolId, asOf).pool();
    }

    public Optional<ApplicationView> application(PoolId poolId, ApplicationId applicationId, Instant asOf) {
        return fold(poolId, asOf).application(applicationId);
    }

    private PoolFold fold(PoolId poolId, Instant asOf) {
        return PoolFold.of(eventStore.readEvents(poolId.value()).asStream().toList(), asOf);
    }
}

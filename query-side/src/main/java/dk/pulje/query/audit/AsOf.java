package dk.pulje.query.audit;

import dk.pulje.shared.application.ApplicationView;
import dk.pulje.shared.application.FindApplicationAsOf;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.grant.GrantLapsed;
import dk.pulje.shared.grant.GrantOpened;
import dk.pulje.shared.pool.FindPoolAsOf;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolView;
import dk.pulje.shared.pool.PriorityRule;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
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

    /** The application as it stood, with the verdict its pool's priority rule gave then, as the current view does. */
    @QueryHandler
    Optional<ApplicationView> application(FindApplicationAsOf query) {
        PoolFold fold = fold(query.poolId(), query.asOf());
        Optional<PriorityRule> rule =
                fold.pool().map(pool -> pool.terms().priority()).filter(priority -> priority != null);
        return fold.application(query.applicationId())
                .map(application -> rule.map(priority -> application.withPriority(priority.verdict(
                                application.applicantName(),
                                heldGrants(priority.earlierPool(), query.asOf()).contains(application.applicantKey()))))
                        .orElse(application));
    }

    /**
     * The applicants holding a grant from the pool at the instant: opened and not lapsed by then, read from each
     * grant's stream as the current view reads the grants' read model.
     */
    private Set<String> heldGrants(PoolId poolId, Instant asOf) {
        Set<String> holders = new HashSet<>();
        for (GrantId grant : PoolFold.of(stream.ofPool(poolId), asOf).grants()) {
            String holder = null;
            for (EventMessage<?> event : stream.of(grant.toString())) {
                if (event.getTimestamp().isAfter(asOf)) {
                    continue;
                }
                if (event.getPayload() instanceof GrantOpened opened) {
                    holder = opened.applicant().key();
                } else if (event.getPayload() instanceof GrantLapsed) {
                    holder = null;
                }
            }
            if (holder != null) {
                holders.add(holder);
            }
        }
        return holders;
    }

    private PoolFold fold(PoolId poolId, Instant asOf) {
        PoolFold fold = PoolFold.of(stream.ofPool(poolId), asOf);
        for (GrantId grant : fold.grants()) {
            fold.add(stream.of(grant.toString()), asOf);
        }
        return fold;
    }
}

package dk.pulje.command.infra;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets only snapshots that carry their {@link SnapshotSeal} through, so an aggregate is otherwise sourced from its
 * events. Snapshots stored before they were sealed are refused too, and simply made anew. Each refused snapshot is
 * logged once (per node) and counted in {@code pulje_snapshots_refused}.
 */
public final class AuthenticSnapshots implements SnapshotFilter {

    private static final Logger log = LoggerFactory.getLogger(AuthenticSnapshots.class);
    private static final int REMEMBERED = 10_000;

    private final SnapshotSeal seal;
    private final Counter refused;
    private final Map<String, Boolean> reported = new ConcurrentHashMap<>();

    public AuthenticSnapshots(SnapshotSeal seal) {
        this(seal, new SimpleMeterRegistry());
    }

    public AuthenticSnapshots(SnapshotSeal seal, MeterRegistry meters) {
        this.seal = seal;
        this.refused = Counter.builder("pulje.snapshots.refused")
                .description("Snapshots not used because their HMAC is missing or wrong")
                .register(meters);
    }

    @Override
    public boolean allow(DomainEventData<?> snapshot) {
        if (seal.verifies(snapshot)) {
            return true;
        }
        refused.increment();
        String which = snapshot.getType() + " " + snapshot.getAggregateIdentifier() + " at sequence "
                + snapshot.getSequenceNumber();
        if (reported.size() >= REMEMBERED) {
            reported.clear();
        }
        if (reported.putIfAbsent(which, Boolean.TRUE) == null) {
            log.warn(
                    "The snapshot of {} has no valid HMAC (written before snapshots were sealed, under another "
                            + "master key, or edited in the database); the aggregate is sourced from its events instead",
                    which);
        }
        return false;
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        return allow(snapshot);
    }
}

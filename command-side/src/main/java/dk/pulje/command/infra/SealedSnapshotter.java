package dk.pulje.command.infra;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;

/** Axon's snapshotter, with each snapshot it makes sealed by {@link SnapshotSeal} before it is stored. */
public class SealedSnapshotter extends SpringAggregateSnapshotter {

    private final SnapshotSeal seal;

    public SealedSnapshotter(Builder builder, SnapshotSeal seal) {
        super(builder);
        this.seal = seal;
    }

    @Override
    protected DomainEventMessage createSnapshot(
            Class<?> aggregateType, String aggregateIdentifier, DomainEventStream eventStream) {
        DomainEventMessage<?> snapshot = super.createSnapshot(aggregateType, aggregateIdentifier, eventStream);
        return snapshot == null ? null : seal.seal(snapshot);
    }
}

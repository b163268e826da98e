package dk.pulje.command.infra;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * On Axon Server the events' positions are not readable by their ids; the head of the store, read once the command
 * is committed, is at or after every event it appended, so waiting for it reads the command's own writes (and
 * perhaps a few later ones).
 */
@Component
@Profile("axonserver")
class AxonServerEventPositions implements EventPositions {

    private final EventStore eventStore;

    AxonServerEventPositions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public long lastPositionOf(CommandReceipt receipt) {
        if (receipt.eventIds().isEmpty()) {
            return -1;
        }
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}

package dk.pulje.query.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A processor's stream steps over the types its processor said it has no handler for, except the last event
 * available, whose token the processor must still reach.
 */
class UnhandledTypesSkippedTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore store =
            EmbeddedEventStore.builder().storageEngine(storage).build();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void eventsOfATypeNamedUnhandledAreSteppedOverButTheLastAvailableIsHandedOut() throws Exception {
        append("submitted", 1, 2, "screened", 3, 4);
        TrackingEventStream stream = new UnhandledTypesSkipped(store.openStream(null));

        TrackedEventMessage<?> first = stream.nextAvailable();
        TrackedEventMessage<?> unhandled = stream.nextAvailable();
        stream.skipMessagesWithPayloadTypeOf(unhandled);

        assertThat(payloadsAvailable(stream)).containsExactly("screened", 4);
        assertThat(List.of(first.getPayload(), unhandled.getPayload())).containsExactly("submitted", 1);
    }

    @Test
    void theLastEventHandedOutCoversTheTokensOfThoseSteppedOver() throws Exception {
        append("submitted", 1);
        TrackingEventStream stream = new UnhandledTypesSkipped(store.openStream(null));
        stream.nextAvailable();
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        append(2, 3, 4);

        TrackedEventMessage<?> last = stream.nextAvailable();

        assertThat(last.getPayload()).isEqualTo(4);
        assertThat(last.trackingToken().position()).hasValue(4);
        assertThat(stream.hasNextAvailable()).isFalse();
    }

    @Test
    void aLongRunSteppedOverHandsOutEveryNthEventSoTheTokenMovesOn() throws Exception {
        append("submitted", 1);
        TrackingEventStream stream = new UnhandledTypesSkipped(store.openStream(null), 3);
        stream.nextAvailable();
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        append(2, 3, 4, 5, 6, 7, 8, "screened");

        assertThat(payloadsAvailable(stream)).containsExactly(4, 7, "screened");
    }

    @Test
    void withNothingNamedEveryEventIsHandedOut() throws Exception {
        append("submitted", 1, 2, "screened");
        TrackingEventStream stream = new UnhandledTypesSkipped(store.openStream(null));

        assertThat(payloadsAvailable(stream)).containsExactly("submitted", 1, 2, "screened");
    }

    private void append(Object... payloads) {
        storage.appendEvents(
                Stream.of(payloads).map(GenericEventMessage::asEventMessage).toList());
    }

    private static List<Object> payloadsAvailable(TrackingEventStream stream) throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        while (stream.hasNextAvailable()) {
            payloads.add(stream.nextAvailable().getPayload());
        }
        return payloads;
    }
}

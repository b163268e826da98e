package dk.pulje.query.infra;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

/**
 * A processor's stream that steps over the events of the payload types its processor has no handler for. Axon's
 * coordinator names such a type once it has met an event of it that no segment could handle; Axon Server's streams
 * then leave the type out, the embedded store's ignored it, so every processor scheduled, queued and handed to its
 * segments every event of the store, most of them for nothing. The last event available is handed out even when its
 * type is stepped over, so that the processor's token still reaches the head of the store: a read that waits for a
 * position (a consistency token) is answered even when the processor has no handler for the event there. So is every
 * {@code handOutEvery}-th event stepped over in a row, so that in a replay the token moves on with the stream, not
 * only once the processor has stepped over the whole store.
 */
final class UnhandledTypesSkipped implements TrackingEventStream {

    static final int HAND_OUT_EVERY = 1_000;

    private final TrackingEventStream stream;
    private final int handOutEvery;
    private final Set<Class<?>> unhandled = ConcurrentHashMap.newKeySet();
    /** An event stepped over that is handed out next, so the token moves on (the last available, or every n-th). */
    private TrackedEventMessage<?> last;

    UnhandledTypesSkipped(TrackingEventStream stream) {
        this(stream, HAND_OUT_EVERY);
    }

    UnhandledTypesSkipped(TrackingEventStream stream, int handOutEvery) {
        this.stream = stream;
        this.handOutEvery = handOutEvery;
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        unhandled.add(ignoredMessage.getPayloadType());
        stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        stepOverUnhandled();
        return last != null ? Optional.of(last) : stream.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        stepOverUnhandled();
        return last != null || stream.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        stepOverUnhandled();
        if (last != null) {
            TrackedEventMessage<?> event = last;
            last = null;
            return event;
        }
        return stream.nextAvailable();
    }

    private void stepOverUnhandled() {
        if (last != null || unhandled.isEmpty()) {
            return;
        }
        Optional<TrackedEventMessage<?>> next = stream.peek();
        int steppedOver = 0;
        while (next.isPresent() && unhandled.contains(next.get().getPayloadType())) {
            TrackedEventMessage<?> stepped = nextAvailableNow();
            next = stream.peek();
            if (next.isEmpty() || ++steppedOver == handOutEvery) {
                last = stepped;
                return;
            }
        }
    }

    /** The next event, which {@link #peek()} has just found available. */
    private TrackedEventMessage<?> nextAvailableNow() {
        try {
            return stream.nextAvailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while taking an event that was available", e);
        }
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        return stream.setOnAvailableCallback(callback);
    }

    @Override
    public void close() {
        stream.close();
    }
}

package dk.pulje.query.infra;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, whose streams tell a processor when to look again. A pooled processor whose stream
 * cannot say so looks again only half a second after it found nothing: that was the floor of the time from a command
 * to its projection (B6). The processors are told when the store's reader has fetched new events, and every fetch
 * delay besides, so one that found nothing looks again at once or within that delay.
 */
final class AnnouncingEventStore extends EmbeddedEventStore {

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-store-ticks");
        thread.setDaemon(true);
        return thread;
    });

    AnnouncingEventStore(Builder builder, Duration tick) {
        super(builder);
        ticks.scheduleWithFixedDelay(this::announce, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Tells every open stream's processor to look for events. */
    void announce() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new Announced(new UnhandledTypesSkipped(super.openStream(trackingToken)));
    }

    @Override
    public void shutDown() {
        ticks.shutdownNow();
        super.shutDown();
    }

    private final class Announced implements TrackingEventStream {

        private final TrackingEventStream stream;
        private volatile Runnable listener;

        private Announced(TrackingEventStream stream) {
            this.stream = stream;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = listener;
            if (previous != null) {
                listeners.remove(previous);
            }
            listener = callback;
            listeners.add(callback);
            return true;
        }

        @Override
        public void close() {
            Runnable current = listener;
            if (current != null) {
                listeners.remove(current);
            }
            stream.close();
        }
    }
}

package dk.pulje.query.infra;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.Nonnull;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The storage engine as the projections' processors read it: a processor that reads a stretch of the stream another
 * one has just read gets the same events, so the stretch is fetched from the database and each event's payload
 * deserialized once however many processors read it (a full replay starts them all at the first event). Only
 * non-blocking reads, the processors' own streams, go through {@link ReadChunks}; the event store's tailing reader,
 * which all processors near the head already share, reads the storage engine as before. A reader far ahead of the
 * others waits a moment for them before it reads what none of them has ({@link ReaderPace}), so that they stay
 * within the kept chunks.
 */
final class SharedEventReads implements EventStorageEngine {

    /** Half the events kept: a reader this far behind still finds the chunks it needs. */
    private static final long LEAD = 5_000;

    private final EventStorageEngine storage;
    private final ReadChunks chunks;
    private final ReaderPace pace = new ReaderPace(LEAD, 1_000, 2_000);
    private volatile Runnable fetched = () -> {};

    SharedEventReads(EventStorageEngine storage, int chunkSize, int cachedEvents, MeterRegistry meters) {
        this(storage, chunks(storage, chunkSize, cachedEvents, meters));
    }

    SharedEventReads(EventStorageEngine storage, ReadChunks chunks) {
        this.storage = storage;
        this.chunks = chunks;
    }

    static ReadChunks chunks(EventStorageEngine storage, int chunkSize, int cachedEvents, MeterRegistry meters) {
        return new ReadChunks(token -> chunkAfter(storage, token, chunkSize), cachedEvents, meters);
    }

    static ReadChunks chunks(
            EventStorageEngine storage,
            int chunkSize,
            int cachedEvents,
            Duration sharedFor,
            Clock clock,
            MeterRegistry meters) {
        return new ReadChunks(token -> chunkAfter(storage, token, chunkSize), cachedEvents, sharedFor, clock, meters);
    }

    /**
     * The next events after a token, at most {@code chunkSize}, and never part of what an upcaster made of one stored
     * event: those all carry the stored event's token, and the next chunk starts after that token. So a full chunk
     * leaves out its last stored event, which the next one begins with.
     */
    private static List<TrackedEventMessage<?>> chunkAfter(
            EventStorageEngine storage, TrackingToken token, int chunkSize) {
        List<TrackedEventMessage<?>> chunk;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(token, false)) {
            chunk = List.copyOf(events.limit(chunkSize).toList());
        }
        if (chunk.size() < chunkSize) {
            return chunk;
        }
        TrackingToken last = chunk.get(chunk.size() - 1).trackingToken();
        int end = chunk.size();
        while (end > 0 && chunk.get(end - 1).trackingToken().equals(last)) {
            end--;
        }
        if (end > 0) {
            return List.copyOf(chunk.subList(0, end));
        }
        // One stored event made into more events than a chunk holds: all of them.
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(token, false)) {
            return List.copyOf(events.takeWhile(event -> event.trackingToken().equals(last))
                    .toList());
        }
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        if (mayBlock) {
            Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(trackingToken, true);
            return StreamSupport.stream(new Announcing(events.spliterator()), false)
                    .onClose(events::close);
        }
        ChunkedEvents events = new ChunkedEvents(trackingToken);
        return StreamSupport.stream(events, false).onClose(() -> pace.gone(events));
    }

    /** What to run when the event store's own reader, the one at the head, has fetched new events. */
    void whenFetched(Runnable fetched) {
        this.fetched = fetched;
    }

    /** Drops the chunks read so far (see {@link ReadChunks#forgetAll()}). */
    void forgetAll() {
        chunks.forgetAll();
    }

    @Override
    public void appendEvents(@Nonnull List<? extends EventMessage<?>> events) {
        storage.appendEvents(events);
    }

    @Override
    public void storeSnapshot(@Nonnull DomainEventMessage<?> snapshot) {
        storage.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(@Nonnull String aggregateIdentifier, long firstSequenceNumber) {
        return storage.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(@Nonnull String aggregateIdentifier) {
        return storage.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(@Nonnull String aggregateIdentifier) {
        return storage.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(@Nonnull Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }

    /** The head reader's stream, which says once it has handed out what there was. */
    private final class Announcing extends Spliterators.AbstractSpliterator<TrackedEventMessage<?>> {

        private final Spliterator<? extends TrackedEventMessage<?>> events;
        private boolean handedOut;

        private Announcing(Spliterator<? extends TrackedEventMessage<?>> events) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.events = events;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventMessage<?>> action) {
            if (events.tryAdvance(action)) {
                handedOut = true;
                return true;
            }
            if (handedOut) {
                handedOut = false;
                fetched.run();
            }
            return false;
        }
    }

    /**
     * The events after a token, chunk by chunk; like the storage engine's own stream, it ends where the store ends
     * and, asked again, looks again.
     */
    private final class ChunkedEvents extends Spliterators.AbstractSpliterator<TrackedEventMessage<?>> {

        private TrackingToken last;
        private Iterator<TrackedEventMessage<?>> chunk = Collections.emptyIterator();

        private ChunkedEvents(TrackingToken from) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.last = from;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventMessage<?>> action) {
            if (!chunk.hasNext()) {
                long index = last == null ? -1 : last.position().orElse(-1);
                pace.at(this, index);
                if (!chunks.holds(last)) {
                    pace.letOthersCatchUp(this, index);
                }
                chunk = chunks.after(last).iterator();
                if (!chunk.hasNext()) {
                    return false;
                }
            }
            TrackedEventMessage<?> event = chunk.next();
            last = event.trackingToken();
            action.accept(event);
            return true;
        }
    }
}

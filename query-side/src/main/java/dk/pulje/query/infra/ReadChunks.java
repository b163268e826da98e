package dk.pulje.query.infra;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Chunks of the event stream, each kept under the token it was read after, so that every reader that comes to the
 * same token takes the chunk already read (or being read) instead of reading it again. A chunk read at one moment
 * stays a true answer later: events committed since, gaps filled included, come after its last token. Empty chunks
 * are not kept, so a reader at the head always asks the store. The oldest chunks go first once more than
 * {@code cachedEvents} events are kept.
 */
final class ReadChunks {

    private final Function<TrackingToken, List<TrackedEventMessage<?>>> read;
    private final int cachedEvents;
    private final Counter readFromStore;
    private final Counter shared;
    private final Map<Optional<TrackingToken>, CompletableFuture<List<TrackedEventMessage<?>>>> chunks =
            new ConcurrentHashMap<>();
    private final Deque<Kept> kept = new ArrayDeque<>();
    private int keptEvents;

    ReadChunks(Function<TrackingToken, List<TrackedEventMessage<?>>> read, int cachedEvents, MeterRegistry meters) {
        this.read = read;
        this.cachedEvents = cachedEvents;
        this.readFromStore = reads(meters, "store");
        this.shared = reads(meters, "shared");
    }

    private static Counter reads(MeterRegistry meters, String from) {
        return Counter.builder("pulje.event.reads").tag("from", from)
                .description("events handed to the processors' streams: read from the store, or shared from a chunk "
                        + "another processor read")
                .register(meters);
    }

    List<TrackedEventMessage<?>> after(TrackingToken token) {
        Optional<TrackingToken> key = Optional.ofNullable(token);
        CompletableFuture<List<TrackedEventMessage<?>>> mine = new CompletableFuture<>();
        CompletableFuture<List<TrackedEventMessage<?>>> theirs = chunks.putIfAbsent(key, mine);
        if (theirs != null) {
            List<TrackedEventMessage<?>> chunk = theirs.join();
            shared.increment(chunk.size());
            return chunk;
        }
        List<TrackedEventMessage<?>> chunk;
        try {
            chunk = read.apply(token);
        } catch (RuntimeException | Error e) {
            chunks.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        mine.complete(chunk);
        readFromStore.increment(chunk.size());
        if (chunk.isEmpty()) {
            chunks.remove(key, mine);
        } else {
            keep(new Kept(key, mine, chunk.size()));
        }
        return chunk;
    }

    /** How many chunks are kept now. */
    int size() {
        return chunks.size();
    }

    private synchronized void keep(Kept chunk) {
        kept.addLast(chunk);
        keptEvents += chunk.events();
        while (keptEvents > cachedEvents && kept.size() > 1) {
            Kept oldest = kept.removeFirst();
            keptEvents -= oldest.events();
            chunks.remove(oldest.key(), oldest.chunk());
        }
    }

    private record Kept(Optional<TrackingToken> key, CompletableFuture<List<TrackedEventMessage<?>>> chunk,
                        int events) {
    }
}

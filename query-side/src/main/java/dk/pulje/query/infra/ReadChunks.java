package dk.pulje.query.infra;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Chunks of the event stream, each kept under the token it was read after, so that every reader that comes to the
 * same token takes the chunk already read (or being read) instead of reading it again. A chunk read at one moment
 * stays a true answer later: events committed since, gaps filled included, come after its last token. Empty chunks
 * are not kept, so a reader at the head always asks the store. The oldest chunks go first once more than
 * {@code cachedEvents} events are kept.
 * <p>
 * A chunk is kept under its token's index and gaps, not under the token: Axon's tokens compare equal when they differ
 * in gaps below where one of them was truncated (the gap timed out for one reader and is still awaited by another),
 * and the reader still waiting for the gap must not take a chunk read without it.
 */
public final class ReadChunks {

    private final Function<TrackingToken, List<TrackedEventMessage<?>>> read;
    private final int cachedEvents;
    private final Counter readFromStore;
    private final Counter shared;
    private final Map<Object, CompletableFuture<List<TrackedEventMessage<?>>>> chunks =
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
        Object key = keyOf(token);
        CompletableFuture<List<TrackedEventMessage<?>>> mine = new CompletableFuture<>();
        CompletableFuture<List<TrackedEventMessage<?>>> theirs = chunks.putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                List<TrackedEventMessage<?>> chunk = theirs.join();
                shared.increment(chunk.size());
                return chunk;
            } catch (CompletionException theirReadFailed) {
                // Their failure (their processor shutting down, say) is not this reader's: it reads for itself.
                List<TrackedEventMessage<?>> chunk = read.apply(token);
                readFromStore.increment(chunk.size());
                return chunk;
            }
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

    /**
     * Drops every chunk, so that the events read next are deserialized anew: a replay must open each contact person
     * with the keys as they are now, and a chunk keeps the payloads as a processor opened them.
     */
    public synchronized void forgetAll() {
        kept.clear();
        keptEvents = 0;
        chunks.clear();
    }

    private static Object keyOf(TrackingToken token) {
        if (token == null) {
            return Start.INSTANCE;
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return new IndexAndGaps(gapAware.getIndex(), List.copyOf(gapAware.getGaps()));
        }
        return token;
    }

    private synchronized void keep(Kept chunk) {
        if (chunks.get(chunk.key()) != chunk.chunk()) {
            return; // forgotten while it was read
        }
        kept.addLast(chunk);
        keptEvents += chunk.events();
        while (keptEvents > cachedEvents && kept.size() > 1) {
            Kept oldest = kept.removeFirst();
            keptEvents -= oldest.events();
            chunks.remove(oldest.key(), oldest.chunk());
        }
    }

    private enum Start { INSTANCE }

    private record IndexAndGaps(long index, List<Long> gaps) {
    }

    private record Kept(Object key, CompletableFuture<List<TrackedEventMessage<?>>> chunk,
                        int events) {
    }
}

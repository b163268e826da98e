package dk.pulje.query.infra;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

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
 * <p>
 * A chunk keeps its events' payloads as the processors opened them, contact persons with the keys of then; so it is
 * shared for {@code sharedFor} after it was read, as long as a node caches a key, and read again after that: an
 * erasure reaches a processor behind the head as soon as it reaches any other read.
 */
public final class ReadChunks {

    private final Function<TrackingToken, List<TrackedEventMessage<?>>> read;
    private final int cachedEvents;
    private final Duration sharedFor;
    private final Clock clock;
    private final Counter readFromStore;
    private final Counter shared;
    private final Map<Object, Chunk> chunks = new ConcurrentHashMap<>();
    private final Deque<Kept> kept = new ArrayDeque<>();
    private int keptEvents;

    ReadChunks(Function<TrackingToken, List<TrackedEventMessage<?>>> read, int cachedEvents, MeterRegistry meters) {
        // A clock that stands still: the chunks go only when more than cachedEvents events are kept.
        this(read, cachedEvents, Duration.ZERO, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), meters);
    }

    ReadChunks(
            Function<TrackingToken, List<TrackedEventMessage<?>>> read,
            int cachedEvents,
            Duration sharedFor,
            Clock clock,
            MeterRegistry meters) {
        this.read = read;
        this.cachedEvents = cachedEvents;
        this.sharedFor = sharedFor;
        this.clock = clock;
        this.readFromStore = reads(meters, "store");
        this.shared = reads(meters, "shared");
    }

    private static Counter reads(MeterRegistry meters, String from) {
        return Counter.builder("pulje.event.reads")
                .tag("from", from)
                .description("events handed to the processors' streams: read from the store, or shared from a chunk "
                        + "another processor read")
                .register(meters);
    }

    /** Whether a reader at this token would take a chunk already read, or being read, instead of reading it. */
    boolean holds(TrackingToken token) {
        Chunk chunk = chunks.get(keyOf(token));
        return chunk != null && !chunk.readBefore(clock.instant().minus(sharedFor));
    }

    List<TrackedEventMessage<?>> after(TrackingToken token) {
        Object key = keyOf(token);
        Chunk mine = new Chunk(new CompletableFuture<>(), clock.instant());
        Chunk theirs;
        while ((theirs = chunks.putIfAbsent(key, mine)) != null
                && theirs.readBefore(mine.readAt().minus(sharedFor))) {
            chunks.remove(key, theirs);
        }
        if (theirs != null) {
            try {
                List<TrackedEventMessage<?>> chunk = theirs.events().join();
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
            mine.events().completeExceptionally(e);
            throw e;
        }
        mine.events().complete(chunk);
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
            return new IndexAndGaps(gapAware.getIndex(), gapAware.getGaps());
        }
        return token;
    }

    private synchronized void keep(Kept chunk) {
        if (chunks.get(chunk.key()) != chunk.chunk()) {
            return; // forgotten while it was read
        }
        kept.addLast(chunk);
        keptEvents += chunk.events();
        Instant stale = chunk.chunk().readAt().minus(sharedFor);
        while (keptEvents > cachedEvents && kept.size() > 1
                || kept.getFirst().chunk().readBefore(stale)) {
            Kept oldest = kept.removeFirst();
            keptEvents -= oldest.events();
            chunks.remove(oldest.key(), oldest.chunk());
        }
    }

    private enum Start {
        INSTANCE
    }

    /** The token's own gaps, never changed once it is made: a set that compares and hashes by its elements. */
    private record IndexAndGaps(long index, Set<Long> gaps) {}

    private record Chunk(CompletableFuture<List<TrackedEventMessage<?>>> events, Instant readAt) {

        boolean readBefore(Instant moment) {
            return readAt.isBefore(moment);
        }
    }

    private record Kept(Object key, Chunk chunk, int events) {}
}

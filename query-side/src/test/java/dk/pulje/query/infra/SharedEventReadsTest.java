package dk.pulje.query.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

class SharedEventReadsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine() {
        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            reads.incrementAndGet();
            return super.readEvents(trackingToken, mayBlock);
        }
    };

    @Test
    void readersOfTheSameStretchShareOneReadAndTheSameEvents() {
        append(1_200);
        SharedEventReads shared = new SharedEventReads(store, 500, 10_000, meters);

        List<? extends TrackedEventMessage<?>> first =
                shared.readEvents(null, false).toList();
        List<? extends TrackedEventMessage<?>> second =
                shared.readEvents(null, false).toList();

        assertThat(first.stream().map(event -> (Object) event.getPayload()).toList())
                .containsExactlyElementsOf(IntStream.range(0, 1_200).boxed().toList());
        assertThat(second).hasSize(1_200);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isSameAs(first.get(i));
        }
        // three chunks read once, and each reader's look past the head, which is never kept
        assertThat(reads).hasValue(5);
        assertThat(meters.get("pulje.event.reads")
                        .tag("from", "store")
                        .counter()
                        .count())
                .isEqualTo(1_200);
        assertThat(meters.get("pulje.event.reads")
                        .tag("from", "shared")
                        .counter()
                        .count())
                .isEqualTo(1_200);
    }

    @Test
    void aReaderAtTheHeadSeesWhatIsAppendedLater() {
        append(10);
        SharedEventReads shared = new SharedEventReads(store, 500, 10_000, meters);
        List<? extends TrackedEventMessage<?>> before =
                shared.readEvents(null, false).toList();

        append(3);

        assertThat(shared.readEvents(before.get(9).trackingToken(), false).map(event -> (Object) event.getPayload()))
                .containsExactly(0, 1, 2);
        assertThat(shared.readEvents(null, false).toList()).hasSize(13);
    }

    @Test
    void keepsNoMoreEventsThanItMayButTheNewestChunk() {
        append(1_200);
        ReadChunks chunks = new ReadChunks(
                token -> {
                    try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(token, false)) {
                        return List.copyOf(events.limit(500).toList());
                    }
                },
                600,
                meters);
        TrackingToken token = null;
        for (int i = 0; i < 3; i++) {
            List<TrackedEventMessage<?>> chunk = chunks.after(token);
            token = chunk.get(chunk.size() - 1).trackingToken();
        }

        assertThat(chunks.size()).isEqualTo(1);
        assertThat(chunks.after(null)).hasSize(500);
    }

    /** Near the head every chunk is small and follows a token of its own: the bound counts events, not chunks. */
    @Test
    void manySmallChunksKeepNoMoreEventsThanItMay() {
        append(1_000);
        ReadChunks chunks = SharedEventReads.chunks(store, 2, 100, meters);
        TrackingToken token = null;
        for (int i = 0; i < 1_000; i++) {
            List<TrackedEventMessage<?>> chunk = chunks.after(token);
            token = chunk.get(chunk.size() - 1).trackingToken();
        }

        assertThat(chunks.size()).isEqualTo(100);
    }

    /** Readers racing through the same stretches while chunks are kept and evicted each get every event once, in order. */
    @Test
    void concurrentReadersEachGetEveryEventOnceInOrder() throws Exception {
        append(2_000);
        SharedEventReads shared = new SharedEventReads(store, 7, 50, meters);
        List<CompletableFuture<List<Object>>> readers = IntStream.range(0, 8)
                .mapToObj(reader -> CompletableFuture.supplyAsync(() -> shared.readEvents(null, false)
                        .map(event -> (Object) event.getPayload())
                        .toList()))
                .toList();

        for (CompletableFuture<List<Object>> reader : readers) {
            assertThat(reader.get(30, TimeUnit.SECONDS))
                    .containsExactlyElementsOf(IntStream.range(0, 2_000).boxed().toList());
        }
    }

    @Test
    void aFailedReadIsNotKept() {
        append(5);
        AtomicInteger attempts = new AtomicInteger();
        ReadChunks chunks = new ReadChunks(
                token -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("the database went away");
                    }
                    return List.copyOf(store.readEvents(token, false).toList());
                },
                100,
                meters);

        assertThatThrownBy(() -> chunks.after(null)).hasMessage("the database went away");
        assertThat(chunks.after(null)).hasSize(5);
        assertThat(attempts).hasValue(2);
    }

    /** The reader a second processor waits for fails (its processor shut down, say): the second reads for itself. */
    @Test
    void aReaderWaitingForAReadThatFailsReadsForItself() throws Exception {
        append(5);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        ReadChunks chunks = new ReadChunks(
                token -> {
                    if (attempts.incrementAndGet() == 1) {
                        reading.countDown();
                        await(fail);
                        throw new IllegalStateException("the reading processor was shut down");
                    }
                    return List.copyOf(store.readEvents(token, false).toList());
                },
                100,
                meters);
        CompletableFuture<List<TrackedEventMessage<?>>> first = CompletableFuture.supplyAsync(() -> chunks.after(null));
        await(reading);
        AtomicReference<Thread> waiter = new AtomicReference<>();
        CompletableFuture<List<TrackedEventMessage<?>>> second = CompletableFuture.supplyAsync(() -> {
            waiter.set(Thread.currentThread());
            return chunks.after(null);
        });
        Awaitility.await().until(() -> waiter.get() != null && waiter.get().getState() == Thread.State.WAITING);
        fail.countDown();

        assertThat(first).failsWithin(Duration.ofSeconds(5));
        assertThat(second.get(5, TimeUnit.SECONDS)).hasSize(5);
    }

    /** Payloads once deserialized stay in the chunks; a replay must read them anew (an erased person's key is gone). */
    @Test
    void forgottenChunksAreReadAgain() {
        append(5);
        SharedEventReads shared = new SharedEventReads(store, 500, 10_000, meters);
        shared.readEvents(null, false).findFirst().orElseThrow();

        shared.forgetAll();
        shared.readEvents(null, false).findFirst().orElseThrow();

        assertThat(reads).hasValue(2);
    }

    /** A chunk holds payloads opened with the keys of when it was read: shared only while a key would be cached. */
    @Test
    void aChunkIsSharedOnlyForAsLongAsAKeyIsCached() {
        append(5);
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-05T09:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        ReadChunks chunks = SharedEventReads.chunks(store, 500, 10_000, Duration.ofSeconds(10), clock, meters);
        List<TrackedEventMessage<?>> first = chunks.after(null);

        now.set(now.get().plusSeconds(10));
        assertThat(chunks.after(null)).isSameAs(first);
        assertThat(reads).hasValue(1);

        now.set(now.get().plusMillis(1));
        assertThat(chunks.after(null)).isNotSameAs(first).hasSize(5);
        assertThat(reads).hasValue(2);
        assertThat(chunks.size()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void append(int count) {
        store.appendEvents(IntStream.range(0, count)
                .mapToObj(GenericEventMessage::asEventMessage)
                .toList());
    }
}

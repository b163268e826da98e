package dk.pulje.query.infra;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        List<? extends TrackedEventMessage<?>> first = shared.readEvents(null, false).toList();
        List<? extends TrackedEventMessage<?>> second = shared.readEvents(null, false).toList();

        assertThat(first.stream().map(event -> (Object) event.getPayload()).toList())
                .containsExactlyElementsOf(IntStream.range(0, 1_200).boxed().toList());
        assertThat(second).hasSize(1_200);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isSameAs(first.get(i));
        }
        // three chunks read once, and each reader's look past the head, which is never kept
        assertThat(reads).hasValue(5);
        assertThat(meters.get("pulje.event.reads").tag("from", "store").counter().count()).isEqualTo(1_200);
        assertThat(meters.get("pulje.event.reads").tag("from", "shared").counter().count()).isEqualTo(1_200);
    }

    @Test
    void aReaderAtTheHeadSeesWhatIsAppendedLater() {
        append(10);
        SharedEventReads shared = new SharedEventReads(store, 500, 10_000, meters);
        List<? extends TrackedEventMessage<?>> before = shared.readEvents(null, false).toList();

        append(3);

        assertThat(shared.readEvents(before.get(9).trackingToken(), false).map(event -> (Object) event.getPayload()))
                .containsExactly(0, 1, 2);
        assertThat(shared.readEvents(null, false).toList()).hasSize(13);
    }

    @Test
    void keepsNoMoreEventsThanItMayButTheNewestChunk() {
        append(1_200);
        ReadChunks chunks = new ReadChunks(token -> {
            try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(token, false)) {
                return List.copyOf(events.limit(500).toList());
            }
        }, 600, meters);
        TrackingToken token = null;
        for (int i = 0; i < 3; i++) {
            List<TrackedEventMessage<?>> chunk = chunks.after(token);
            token = chunk.get(chunk.size() - 1).trackingToken();
        }

        assertThat(chunks.size()).isEqualTo(1);
        assertThat(chunks.after(null)).hasSize(500);
    }

    @Test
    void aFailedReadIsNotKept() {
        append(5);
        AtomicInteger attempts = new AtomicInteger();
        ReadChunks chunks = new ReadChunks(token -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the database went away");
            }
            return List.copyOf(store.readEvents(token, false).toList());
        }, 100, meters);

        assertThatThrownBy(() -> chunks.after(null)).hasMessage("the database went away");
        assertThat(chunks.after(null)).hasSize(5);
        assertThat(attempts).hasValue(2);
    }

    private void append(int count) {
        store.appendEvents(IntStream.range(0, count).mapToObj(GenericEventMessage::asEventMessage).toList());
    }
}

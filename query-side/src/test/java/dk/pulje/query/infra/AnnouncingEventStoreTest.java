package dk.pulje.query.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A pooled processor whose stream cannot tell it of new events looks again only after half a second; these streams
 * tell it when the store's reader has fetched events appended elsewhere, and every fetch delay besides.
 */
class AnnouncingEventStoreTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final SharedEventReads reads =
            new SharedEventReads(storage, SharedEventReads.chunks(storage, 500, 1_000, new SimpleMeterRegistry()));
    private AnnouncingEventStore store;

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aStreamAtTheHeadIsToldWhenEventsStoredElsewhereHaveBeenFetched() throws Exception {
        store = store(Duration.ofHours(1));
        TrackingEventStream stream = store.openStream(null);
        assertThat(stream.hasNextAvailable()).isFalse();
        AtomicInteger told = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(told::incrementAndGet)).isTrue();

        storage.appendEvents(List.of(GenericEventMessage.asEventMessage("appended by the command side")));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(told).hasPositiveValue());
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("appended by the command side");
    }

    @Test
    void everyStreamIsToldEachTickUntilItCloses() {
        store = store(Duration.ofMillis(20));
        TrackingEventStream stream = store.openStream(null);
        AtomicInteger told = new AtomicInteger();
        stream.setOnAvailableCallback(told::incrementAndGet);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(told).hasValueGreaterThan(2));
        stream.close();
        int afterClose = told.get();
        await().pollDelay(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(told).hasValue(afterClose));
    }

    private AnnouncingEventStore store(Duration tick) {
        AnnouncingEventStore announcing = new AnnouncingEventStore(
                EmbeddedEventStore.builder().storageEngine(reads).fetchDelay(50), tick);
        reads.whenFetched(announcing::announce);
        return announcing;
    }
}

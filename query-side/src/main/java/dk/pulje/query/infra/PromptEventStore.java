package dk.pulje.query.infra;

import dk.pulje.spring.PersonalDataSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The event store the projections read, made as Axon's auto-configuration makes it (which then stands back) but
 * looking for events appended by another process every {@code pulje.event-store.fetch-delay} instead of every
 * second: the command side appends them, and the dashboard shows them within a second of a command. Between Axon's
 * JDBC storage engine and its event store, so it sees the one and stands in for the other; not with Axon Server,
 * which pushes events. The processors read the storage engine through {@link SharedEventReads}, so that those
 * reading the same stretch of the store (all of them in a full replay) read it and deserialize it once; and they are
 * told when to look for new events ({@link AnnouncingEventStore}).
 */
@AutoConfiguration(
        afterName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
@EnableConfigurationProperties(EventStoreSettings.class)
public class PromptEventStore {

    /** As many events as a processor handles in a batch. */
    private static final int CHUNK_SIZE = 500;
    /** As many as Axon's event store keeps for the processors near the head. */
    private static final int CACHED_EVENTS = 10_000;

    /**
     * The chunks the processors share, each for as long as a node caches a personal data key; a bean so that a replay
     * can drop them ({@link ReadChunks#forgetAll()}).
     */
    @Bean
    @ConditionalOnBean(EventStorageEngine.class)
    ReadChunks readChunks(
            EventStorageEngine storageEngine, MeterRegistry meters, PersonalDataSettings personalData, Clock clock) {
        return SharedEventReads.chunks(
                storageEngine, CHUNK_SIZE, CACHED_EVENTS, personalData.keyCache(), clock, meters);
    }

    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    @ConditionalOnBean(EventStorageEngine.class)
    @ConditionalOnMissingBean(EventBus.class)
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine, ReadChunks chunks, Configuration axon, EventStoreSettings settings) {
        SharedEventReads reads = new SharedEventReads(storageEngine, chunks);
        AnnouncingEventStore store = new AnnouncingEventStore(
                EmbeddedEventStore.builder()
                        .storageEngine(reads)
                        .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                        .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                        .fetchDelay(settings.fetchDelay().toMillis()),
                settings.fetchDelay());
        reads.whenFetched(store::announce);
        return store;
    }
}

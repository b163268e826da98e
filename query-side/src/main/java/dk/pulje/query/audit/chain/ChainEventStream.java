package dk.pulje.query.audit.chain;

import java.time.Instant;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event stream the chain is made from and read back from on Axon Server: the same store, read without Axon's
 * upcasters, so the chain covers each event's serialized form as Axon Server keeps it, and verification still finds it
 * so after an upcaster is added for events already chained. It is the {@code event-chain} processor's source on the
 * axonserver profile ({@code axon.eventhandling.processors.event-chain.source}). A store that is not Axon Server's (a
 * stand-in in a test) is read as it is.
 */
public final class ChainEventStream implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> store;

    public ChainEventStream(StreamableMessageSource<TrackedEventMessage<?>> store) {
        this.store = store;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return store.openStream(trackingToken);
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true", matchIfMissing = true)
    static class OnAxonServer {

        /** Axon Server's store as the autoconfiguration makes it, but with no upcasters. */
        @Bean
        ChainEventStream chainEventStream(
                EventStore eventStore,
                AxonServerConfiguration axonServer,
                AxonServerConnectionManager connections,
                Serializer snapshotSerializer,
                @Qualifier("eventSerializer") Serializer eventSerializer,
                org.axonframework.config.Configuration configuration) {
            if (!(eventStore instanceof AxonServerEventStore)) {
                return new ChainEventStream(eventStore);
            }
            return new ChainEventStream(AxonServerEventStore.builder()
                    .configuration(axonServer)
                    .platformConnectionManager(connections)
                    .snapshotSerializer(snapshotSerializer)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(configuration.snapshotFilter())
                    .build());
        }
    }
}

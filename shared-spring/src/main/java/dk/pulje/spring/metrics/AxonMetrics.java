package dk.pulje.query.infra;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.function.Function;

/**
 * Axon's metrics of the processors, with their capacity measured over the last {@value #CAPACITY_WINDOW_SECONDS}
 * seconds instead of Axon's ten minutes, and each meter looked up once instead of for every event
 * ({@link EventProcessorMonitor}). The capacity monitor keeps the processing time of every event of its window
 * in memory: during a replay, at a thousand events a second, ten minutes of them grew the heap by hundreds of MiB
 * (bench B5); the same meters over a short window stay small. Both ways Axon registers a processor's meters are
 * covered: by name, and the dimensional one the apps are configured for.
 */
@Configuration(proxyBeanMethods = false)
class EventProcessorMetrics {

    static final int CAPACITY_WINDOW_SECONDS = 10;

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters) {
        return new GlobalMetricRegistry(meters) {
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String processor) {
                return registerEventProcessor(processor, message -> Tags.empty(), message -> Tags.empty());
            }

            /** The dimensional meters ({@code axon.metrics.micrometer.dimensional}), which the apps use. */
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
                    String processor, Function<Message<?>, Iterable<Tag>> tags,
                    Function<Message<?>, Iterable<Tag>> latencyTags) {
                return new EventProcessorMonitor(processor, getRegistry(), tags, latencyTags,
                        Duration.ofSeconds(CAPACITY_WINDOW_SECONDS));
            }
        };
    }
}

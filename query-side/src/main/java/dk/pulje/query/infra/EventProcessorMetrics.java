package dk.pulje.query.infra;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Axon's metrics of the processors, with their capacity measured over the last {@value #CAPACITY_WINDOW_SECONDS}
 * seconds instead of Axon's ten minutes. The capacity monitor keeps the processing time of every event of its window
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
                return new MultiMessageMonitor<>(List.of(
                        MessageTimerMonitor.buildMonitor(processor, getRegistry()),
                        EventProcessorLatencyMonitor.builder().meterNamePrefix(processor).meterRegistry(getRegistry())
                                .build(),
                        CapacityMonitor.buildMonitor(processor, getRegistry(), CAPACITY_WINDOW_SECONDS,
                                TimeUnit.SECONDS, getRegistry().config().clock()),
                        MessageCountingMonitor.buildMonitor(processor, getRegistry())));
            }

            /** The dimensional meters ({@code axon.metrics.micrometer.dimensional}), which the apps use. */
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
                    String processor, Function<Message<?>, Iterable<Tag>> tags,
                    Function<Message<?>, Iterable<Tag>> latencyTags) {
                return new MultiMessageMonitor<>(List.of(
                        MessageTimerMonitor.buildMonitor(processor, getRegistry(), tags),
                        EventProcessorLatencyMonitor.builder().meterNamePrefix(processor).meterRegistry(getRegistry())
                                .tagsBuilder(latencyTags).build(),
                        CapacityMonitor.buildMonitor(processor, getRegistry(), CAPACITY_WINDOW_SECONDS,
                                TimeUnit.SECONDS, getRegistry().config().clock(), tags),
                        MessageCountingMonitor.buildMonitor(processor, getRegistry(), tags)));
            }
        };
    }
}

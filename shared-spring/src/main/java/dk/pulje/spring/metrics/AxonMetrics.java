package dk.pulje.spring.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Axon's metrics of the processors and the command, event and query buses, with the same names and tags, but each
 * meter looked up once per payload type instead of for every message ({@link MessageMeters}), and the capacity
 * measured over the last {@value #CAPACITY_WINDOW_SECONDS} seconds instead of Axon's ten minutes. The capacity monitor
 * keeps the processing time of every message of its window in memory: during a replay, at a thousand events a second,
 * ten minutes of them grew the heap by hundreds of MiB (bench B5); the same meters over a short window stay small.
 * Both ways Axon registers a component's meters are covered: by name, and the dimensional one the apps use. A
 * processor's timers publish no percentiles, and the events it is told of but does not handle are counted, not timed:
 * with every processor told of every event, recording them was a fifth of the coordinators' time in a replay.
 */
@AutoConfiguration(before = MicrometerMetricsAutoConfiguration.class)
public class AxonMetrics {

    static final int CAPACITY_WINDOW_SECONDS = 10;
    private static final Duration CAPACITY_WINDOW = Duration.ofSeconds(CAPACITY_WINDOW_SECONDS);
    private static final Function<Message<?>, Iterable<Tag>> NO_TAGS = message -> Tags.empty();

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters) {
        return new GlobalMetricRegistry(meters) {
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String processor) {
                return registerEventProcessor(processor, NO_TAGS, NO_TAGS);
            }

            /** The dimensional meters ({@code axon.metrics.micrometer.dimensional}), which the apps use. */
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
                    String processor,
                    Function<Message<?>, Iterable<Tag>> tags,
                    Function<Message<?>, Iterable<Tag>> latencyTags) {
                return new MessageMeters<EventMessage<?>>(
                        processor, getRegistry(), tags, tags, latencyTags, CAPACITY_WINDOW, false);
            }

            @Override
            public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name) {
                return registerCommandBus(name, NO_TAGS);
            }

            @Override
            public MessageMonitor<? super CommandMessage<?>> registerCommandBus(
                    String name, Function<Message<?>, Iterable<Tag>> tags) {
                return new MessageMeters<CommandMessage<?>>(
                        name, getRegistry(), tags, tags, null, CAPACITY_WINDOW, true);
            }

            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventBus(String name) {
                return registerEventBus(name, NO_TAGS);
            }

            /** As Axon has it: no capacity, and counters without tags. */
            @Override
            public MessageMonitor<? super EventMessage<?>> registerEventBus(
                    String name, Function<Message<?>, Iterable<Tag>> tags) {
                return new MessageMeters<EventMessage<?>>(name, getRegistry(), tags, NO_TAGS, null, null, true);
            }

            @Override
            public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String name) {
                return registerQueryBus(name, NO_TAGS);
            }

            @Override
            public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(
                    String name, Function<Message<?>, Iterable<Tag>> tags) {
                return new MessageMeters<QueryMessage<?, ?>>(
                        name, getRegistry(), tags, tags, null, CAPACITY_WINDOW, true);
            }
        };
    }
}

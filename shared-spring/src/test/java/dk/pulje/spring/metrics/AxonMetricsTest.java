package dk.pulje.spring.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

/**
 * A processor's capacity is measured over the last ten seconds however Axon registers its meters, so the processing
 * times it keeps stay few during a replay (over Axon's ten minutes they grew the heap by hundreds of MiB); the buses'
 * meters keep Axon's names and tags and are looked up once per payload type, like the processors'.
 */
class AxonMetricsTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final GlobalMetricRegistry registry = new AxonMetrics().globalMetricRegistry(meters);

    @Test
    void a_second_of_work_is_a_tenth_of_the_capacity_with_dimensional_meters() {
        busyForOneSecond(registry.registerEventProcessor(
                "pool-overview",
                message -> Tags.of("group", "pool-overview"),
                message -> Tags.of("group", "pool-overview")));

        assertThat(meters.get("pool-overview.capacity").gauge().value()).isCloseTo(0.1, within(0.001));
    }

    @Test
    void a_second_of_work_is_a_tenth_of_the_capacity_with_meters_by_name() {
        busyForOneSecond(registry.registerEventProcessor("grants"));

        assertThat(meters.get("grants.capacity").gauge().value()).isCloseTo(0.1, within(0.001));
    }

    @Test
    void every_kind_of_event_counts_in_the_capacity_of_meters_by_name() {
        MessageMonitor<? super EventMessage<?>> monitor = registry.registerEventProcessor("grants");
        busyForOneSecond(monitor);
        MessageMonitor.MonitorCallback callback = monitor.onMessageIngested(GenericEventMessage.asEventMessage(1));
        clock.add(Duration.ofSeconds(1));
        callback.reportSuccess();

        assertThat(meters.get("grants.capacity").gauge().value()).isCloseTo(0.2, within(0.001));
    }

    @Test
    void the_meters_keep_axons_names_and_tags() {
        MessageMonitor<? super EventMessage<?>> monitor = registry.registerEventProcessor(
                "grants",
                message -> Tags.of("payloadType", message.getPayloadType().getSimpleName(), "processorName", "grants"),
                message -> Tags.of("processorName", "grants"));

        monitor.onMessageIngested(GenericEventMessage.asEventMessage("e")).reportSuccess();
        EventMessage<Integer> latest = GenericEventMessage.asEventMessage(1);
        monitor.onMessageIngested(latest).reportFailure(new IllegalStateException());

        Tags strings = Tags.of("payloadType", "String", "processorName", "grants");
        assertThat(meters.get("grants.ingestedCounter").tags(strings).counter().count())
                .isEqualTo(1);
        assertThat(meters.get("grants.successCounter").tags(strings).counter().count())
                .isEqualTo(1);
        assertThat(meters.get("grants.processedCounter").tags(strings).counter().count())
                .isEqualTo(1);
        assertThat(meters.get("grants.allTimer").tags(strings).timer().count()).isEqualTo(1);
        assertThat(meters.get("grants.successTimer").tags(strings).timer().count())
                .isEqualTo(1);
        Tags integers = Tags.of("payloadType", "Integer", "processorName", "grants");
        assertThat(meters.get("grants.failureCounter").tags(integers).counter().count())
                .isEqualTo(1);
        assertThat(meters.get("grants.failureTimer").tags(integers).timer().count())
                .isEqualTo(1);
        assertThat(meters.get("grants.capacity").tags(integers).gauge()).isNotNull();
        assertThat(meters.get("grants.latency")
                        .tags("processorName", "grants")
                        .gauge()
                        .value())
                .isEqualTo(clock.wallTime() - latest.getTimestamp().toEpochMilli());
    }

    /** A processor is told of every event it does not handle; timing those was a fifth of a replay's coordinators. */
    @Test
    void an_event_a_processor_does_not_handle_is_counted_not_timed() {
        MessageMonitor<? super EventMessage<?>> monitor = registry.registerEventProcessor("grants");
        MessageMonitor.MonitorCallback ignored = monitor.onMessageIngested(GenericEventMessage.asEventMessage("e"));
        clock.add(Duration.ofSeconds(1));
        ignored.reportIgnored();

        assertThat(meters.get("grants.ignoredCounter").counter().count()).isEqualTo(1);
        assertThat(meters.get("grants.allTimer").timer().count()).isZero();
        assertThat(meters.find("grants.ignoredTimer").timer()).isNull();
        assertThat(meters.get("grants.capacity").gauge().value()).isZero();
    }

    @Test
    void the_buses_timers_publish_percentiles_and_the_processors_do_not() {
        registry.registerEventProcessor("grants")
                .onMessageIngested(GenericEventMessage.asEventMessage("e"))
                .reportSuccess();
        registry.registerCommandBus("commandBus")
                .onMessageIngested(GenericCommandMessage.asCommandMessage("c"))
                .reportSuccess();

        assertThat(meters.get("grants.successTimer").timer().takeSnapshot().percentileValues())
                .isEmpty();
        assertThat(meters.get("commandBus.successTimer").timer().takeSnapshot().percentileValues())
                .hasSize(6);
    }

    /** Looking each meter up by its tags for every event took about 13 % of a replay's CPU. */
    @Test
    void the_meters_are_looked_up_once_per_payload_type() {
        AtomicInteger lookups = new AtomicInteger();
        MessageMonitor<? super EventMessage<?>> monitor = registry.registerEventProcessor(
                "pool-overview",
                message -> {
                    lookups.incrementAndGet();
                    return Tags.of("payloadType", message.getPayloadType().getSimpleName());
                },
                message -> Tags.empty());

        for (int event = 0; event < 3; event++) {
            monitor.onMessageIngested(GenericEventMessage.asEventMessage("e" + event))
                    .reportSuccess();
        }

        assertThat(lookups).hasValue(1);
        assertThat(meters.get("pool-overview.successCounter").counter().count()).isEqualTo(3);
    }

    @Test
    void the_command_bus_meters_keep_axons_names_and_tags_and_are_looked_up_once_per_payload_type() {
        AtomicInteger lookups = new AtomicInteger();
        MessageMonitor<? super CommandMessage<?>> monitor = registry.registerCommandBus("commandBus", message -> {
            lookups.incrementAndGet();
            return Tags.of("payloadType", message.getPayloadType().getSimpleName());
        });

        for (int command = 0; command < 3; command++) {
            monitor.onMessageIngested(GenericCommandMessage.asCommandMessage("c" + command))
                    .reportSuccess();
        }
        MessageMonitor.MonitorCallback refused = monitor.onMessageIngested(GenericCommandMessage.asCommandMessage(1));
        clock.add(Duration.ofSeconds(1));
        refused.reportFailure(new IllegalStateException());

        assertThat(lookups).hasValue(2);
        Tags strings = Tags.of("payloadType", "String");
        assertThat(meters.get("commandBus.successCounter")
                        .tags(strings)
                        .counter()
                        .count())
                .isEqualTo(3);
        assertThat(meters.get("commandBus.successTimer").tags(strings).timer().count())
                .isEqualTo(3);
        assertThat(meters.get("commandBus.failureCounter")
                        .tags("payloadType", "Integer")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get("commandBus.capacity")
                        .tags("payloadType", "Integer")
                        .gauge()
                        .value())
                .isCloseTo(0.1, within(0.001));
        assertThat(meters.find("commandBus.latency").gauge()).isNull();
    }

    @Test
    void the_event_bus_counts_without_tags_and_times_with_them_as_axon_does() {
        MessageMonitor<? super EventMessage<?>> monitor = registry.registerEventBus(
                "eventStore",
                message -> Tags.of("payloadType", message.getPayloadType().getSimpleName()));

        monitor.onMessageIngested(GenericEventMessage.asEventMessage("e")).reportSuccess();
        monitor.onMessageIngested(GenericEventMessage.asEventMessage(1)).reportSuccess();

        assertThat(meters.get("eventStore.ingestedCounter").counter().count()).isEqualTo(2);
        assertThat(meters.get("eventStore.allTimer")
                        .tags("payloadType", "String")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.find("eventStore.capacity").gauge()).isNull();
    }

    private void busyForOneSecond(MessageMonitor<? super EventMessage<?>> monitor) {
        MessageMonitor.MonitorCallback callback = monitor.onMessageIngested(GenericEventMessage.asEventMessage("e"));
        clock.add(Duration.ofSeconds(1));
        callback.reportSuccess();
    }
}

package dk.pulje.query.infra;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A processor's capacity is measured over the last ten seconds however Axon registers its meters, so the processing
 * times it keeps stay few during a replay (over Axon's ten minutes they grew the heap by hundreds of MiB).
 */
class EventProcessorMetricsTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final GlobalMetricRegistry registry = new EventProcessorMetrics().globalMetricRegistry(meters);

    @Test
    void a_second_of_work_is_a_tenth_of_the_capacity_with_dimensional_meters() {
        busyForOneSecond(registry.registerEventProcessor("pool-overview", message -> Tags.of("group",
                "pool-overview"), message -> Tags.of("group", "pool-overview")));

        assertThat(meters.get("pool-overview.capacity").gauge().value()).isCloseTo(0.1, within(0.001));
    }

    @Test
    void a_second_of_work_is_a_tenth_of_the_capacity_with_meters_by_name() {
        busyForOneSecond(registry.registerEventProcessor("grants"));

        assertThat(meters.get("grants.capacity").gauge().value()).isCloseTo(0.1, within(0.001));
    }

    private void busyForOneSecond(MessageMonitor<? super EventMessage<?>> monitor) {
        MessageMonitor.MonitorCallback callback = monitor.onMessageIngested(GenericEventMessage.asEventMessage("e"));
        clock.add(Duration.ofSeconds(1));
        callback.reportSuccess();
    }
}

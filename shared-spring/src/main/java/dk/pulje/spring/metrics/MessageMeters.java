package dk.pulje.query.infra;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.reservoir.SlidingTimeWindowReservoir;
import org.axonframework.monitoring.MessageMonitor;

import javax.annotation.Nonnull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The meters of Axon's processor monitors ({@code MessageTimerMonitor}, {@code MessageCountingMonitor},
 * {@code CapacityMonitor}, {@code EventProcessorLatencyMonitor}): the same names, tags and kinds, but each processor's
 * meters are looked up once per payload type and kept. Axon's monitors look every meter up by its tags for every
 * event, about 13 % of a replaying query side's CPU (bench B5). The tags are Axon's, which depend on the payload type
 * alone (and the processor, fixed per monitor).
 */
final class EventProcessorMonitor implements MessageMonitor<EventMessage<?>> {

    private static final double[] PERCENTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};

    private final String processor;
    private final MeterRegistry registry;
    private final Function<Message<?>, Iterable<Tag>> tags;
    private final Function<Message<?>, Iterable<Tag>> latencyTags;
    private final Duration capacityWindow;
    private final Clock clock;
    private final Map<Class<?>, Meters> byPayloadType = new ConcurrentHashMap<>();
    /** Payload types whose tags are alike (all of them where the meters have no tags) share one set of meters. */
    private final Map<List<Tags>, Meters> byTags = new ConcurrentHashMap<>();
    private final Map<Tags, AtomicReference<Ingested>> latencies = new ConcurrentHashMap<>();

    EventProcessorMonitor(String processor, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> tags,
                          Function<Message<?>, Iterable<Tag>> latencyTags, Duration capacityWindow) {
        this.processor = processor;
        this.registry = registry;
        this.tags = tags;
        this.latencyTags = latencyTags;
        this.capacityWindow = capacityWindow;
        this.clock = registry.config().clock();
    }

    @Override
    public MonitorCallback onMessageIngested(@Nonnull EventMessage<?> message) {
        Meters meters = byPayloadType.get(message.getPayloadType());
        if (meters == null) {
            meters = byPayloadType.computeIfAbsent(message.getPayloadType(), type -> resolve(message));
        }
        meters.latest().set(new Ingested(message, clock.wallTime()));
        meters.ingested().increment();
        return new Callback(meters, clock.monotonicTime());
    }

    private Meters resolve(Message<?> message) {
        Tags meterTags = Tags.of(tags.apply(message));
        Tags latencyMeterTags = Tags.of(latencyTags.apply(message));
        return byTags.computeIfAbsent(List.of(meterTags, latencyMeterTags),
                alike -> register(meterTags, latencyMeterTags));
    }

    private Meters register(Tags meterTags, Tags latencyMeterTags) {
        AtomicReference<Ingested> latest = latencies.computeIfAbsent(latencyMeterTags, key -> {
            AtomicReference<Ingested> value = new AtomicReference<>();
            Gauge.builder(processor + ".latency", value, EventProcessorMonitor::latency).tags(key)
                    .strongReference(true).register(registry);
            return value;
        });
        SlidingTimeWindowReservoir capacity = new SlidingTimeWindowReservoir(capacityWindow.toNanos(),
                TimeUnit.NANOSECONDS, clock);
        Gauge.builder(processor + ".capacity", capacity, window -> busyShare(window)).tags(meterTags)
                .strongReference(true).register(registry);
        return new Meters(timer("allTimer", meterTags), timer("successTimer", meterTags),
                timer("failureTimer", meterTags), timer("ignoredTimer", meterTags),
                counter("ingestedCounter", meterTags), counter("successCounter", meterTags),
                counter("failureCounter", meterTags), counter("processedCounter", meterTags),
                counter("ignoredCounter", meterTags), capacity, latest);
    }

    /**
     * The time from the latest event's time stamp to when it was ingested. Worked out when the gauge is read: the
     * stored time stamp is parsed only then, not for every event.
     */
    private static double latency(AtomicReference<Ingested> latest) {
        Ingested ingested = latest.get();
        return ingested == null ? 0 : ingested.at() - ingested.event().getTimestamp().toEpochMilli();
    }

    private double busyShare(SlidingTimeWindowReservoir window) {
        long busy = window.getMeasurements().stream().mapToLong(Long::longValue).sum();
        return (double) busy / capacityWindow.toNanos();
    }

    private Timer timer(String name, Tags meterTags) {
        return Timer.builder(processor + "." + name).distributionStatisticExpiry(Duration.ofMinutes(10))
                .publishPercentiles(PERCENTILES).tags(meterTags).register(registry);
    }

    private Counter counter(String name, Tags meterTags) {
        return registry.counter(processor + "." + name, meterTags);
    }

    private record Meters(Timer all, Timer success, Timer failure, Timer ignored, Counter ingested,
                          Counter succeeded, Counter failed, Counter processed, Counter skipped,
                          SlidingTimeWindowReservoir capacity, AtomicReference<Ingested> latest) {
    }

    private record Ingested(EventMessage<?> event, long at) {
    }

    private final class Callback implements MonitorCallback {
        private final Meters meters;
        private final long start;

        private Callback(Meters meters, long start) {
            this.meters = meters;
            this.start = start;
        }

        @Override
        public void reportSuccess() {
            took(meters.success());
            meters.processed().increment();
            meters.succeeded().increment();
        }

        @Override
        public void reportFailure(Throwable cause) {
            took(meters.failure());
            meters.processed().increment();
            meters.failed().increment();
        }

        @Override
        public void reportIgnored() {
            took(meters.ignored());
            meters.skipped().increment();
        }

        private void took(Timer outcome) {
            long took = clock.monotonicTime() - start;
            meters.all().record(took, TimeUnit.NANOSECONDS);
            outcome.record(took, TimeUnit.NANOSECONDS);
            meters.capacity().update(took);
        }
    }
}

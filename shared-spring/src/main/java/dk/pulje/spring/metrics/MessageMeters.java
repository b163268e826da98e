package dk.pulje.spring.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.annotation.Nonnull;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * The meters of Axon's monitors ({@code MessageTimerMonitor}, {@code MessageCountingMonitor}, {@code CapacityMonitor},
 * and a processor's {@code EventProcessorLatencyMonitor}) of one component (a processor, the command, event or query
 * bus): the same names, tags and kinds, but looked up once per payload type and kept. Axon's monitors look every meter
 * up by its tags for every message: about 13 % of a replaying query side's CPU (bench B5), and a share of every
 * command's. The tags are Axon's, which depend on the payload type alone (and the component, fixed per monitor).
 */
final class MessageMeters<M extends Message<?>> implements MessageMonitor<M> {

    private static final double[] PERCENTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};

    private final String component;
    private final MeterRegistry registry;
    private final Function<Message<?>, Iterable<Tag>> tags;
    /** The counters' tags: the same as the timers', but none on the event bus, as Axon has it. */
    private final Function<Message<?>, Iterable<Tag>> counterTags;
    /** For a processor: the tags of its latency gauge; null for a bus, which has none. */
    private final Function<Message<?>, Iterable<Tag>> latencyTags;
    /** Null where Axon measures no capacity (the event bus). */
    private final Duration capacityWindow;
    /** Whether the timers publish percentiles: for the buses, not for the processors, which time every event. */
    private final boolean percentiles;

    private final Clock clock;
    private final Map<Class<?>, Meters> byPayloadType = new ConcurrentHashMap<>();
    /** Payload types whose tags are alike (all of them where the meters have no tags) share one set of meters. */
    private final Map<List<Tags>, Meters> byTags = new ConcurrentHashMap<>();

    private final Map<Tags, AtomicReference<Ingested>> latencies = new ConcurrentHashMap<>();

    MessageMeters(
            String component,
            MeterRegistry registry,
            Function<Message<?>, Iterable<Tag>> tags,
            Function<Message<?>, Iterable<Tag>> counterTags,
            Function<Message<?>, Iterable<Tag>> latencyTags,
            Duration capacityWindow,
            boolean percentiles) {
        this.component = component;
        this.percentiles = percentiles;
        this.registry = registry;
        this.tags = tags;
        this.counterTags = counterTags;
        this.latencyTags = latencyTags;
        this.capacityWindow = capacityWindow;
        this.clock = registry.config().clock();
    }

    @Override
    public MonitorCallback onMessageIngested(@Nonnull M message) {
        Meters meters = byPayloadType.get(message.getPayloadType());
        if (meters == null) {
            meters = byPayloadType.computeIfAbsent(message.getPayloadType(), type -> resolve(message));
        }
        if (meters.latest() != null && message instanceof EventMessage<?> event) {
            meters.latest().set(new Ingested(event, clock.wallTime()));
        }
        meters.ingested().increment();
        return new Callback(meters, clock.monotonicTime());
    }

    private Meters resolve(Message<?> message) {
        Tags meterTags = Tags.of(tags.apply(message));
        Tags counterMeterTags = counterTags == tags ? meterTags : Tags.of(counterTags.apply(message));
        Tags latencyMeterTags = latencyTags == null ? Tags.empty() : Tags.of(latencyTags.apply(message));
        return byTags.computeIfAbsent(
                List.of(meterTags, counterMeterTags, latencyMeterTags),
                alike -> register(meterTags, counterMeterTags, latencyMeterTags));
    }

    private Meters register(Tags meterTags, Tags counterMeterTags, Tags latencyMeterTags) {
        AtomicReference<Ingested> latest = latencyTags == null
                ? null
                : latencies.computeIfAbsent(latencyMeterTags, key -> {
                    AtomicReference<Ingested> value = new AtomicReference<>();
                    Gauge.builder(component + ".latency", value, MessageMeters::latency)
                            .tags(key)
                            .strongReference(true)
                            .register(registry);
                    return value;
                });
        BusyTime capacity = null;
        if (capacityWindow != null) {
            capacity = new BusyTime(capacityWindow, clock);
            Gauge.builder(component + ".capacity", capacity, BusyTime::share)
                    .tags(meterTags)
                    .strongReference(true)
                    .register(registry);
        }
        return new Meters(
                timer("allTimer", meterTags),
                timer("successTimer", meterTags),
                timer("failureTimer", meterTags),
                counter("ingestedCounter", counterMeterTags),
                counter("successCounter", counterMeterTags),
                counter("failureCounter", counterMeterTags),
                counter("processedCounter", counterMeterTags),
                counter("ignoredCounter", counterMeterTags),
                capacity,
                latest);
    }

    /**
     * The time from the latest event's time stamp to when it was ingested. Worked out when the gauge is read: the
     * stored time stamp is parsed only then, not for every event.
     */
    private static double latency(AtomicReference<Ingested> latest) {
        Ingested ingested = latest.get();
        return ingested == null
                ? 0
                : ingested.at() - ingested.event().getTimestamp().toEpochMilli();
    }

    private Timer timer(String name, Tags meterTags) {
        Timer.Builder timer = Timer.builder(component + "." + name).tags(meterTags);
        if (percentiles) {
            timer.distributionStatisticExpiry(Duration.ofMinutes(10)).publishPercentiles(PERCENTILES);
        }
        return timer.register(registry);
    }

    private Counter counter(String name, Tags meterTags) {
        return registry.counter(component + "." + name, meterTags);
    }

    private record Meters(
            Timer all,
            Timer success,
            Timer failure,
            Counter ingested,
            Counter succeeded,
            Counter failed,
            Counter processed,
            Counter skipped,
            BusyTime capacity,
            AtomicReference<Ingested> latest) {}

    private record Ingested(EventMessage<?> event, long at) {}

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

        /**
         * Counted, not timed: a processor is told of every event its handlers do not take, most of the stream for
         * most projections, and such an event costs it nothing but the telling.
         */
        @Override
        public void reportIgnored() {
            meters.skipped().increment();
        }

        private void took(Timer outcome) {
            long took = clock.monotonicTime() - start;
            meters.all().record(took, TimeUnit.NANOSECONDS);
            outcome.record(took, TimeUnit.NANOSECONDS);
            if (meters.capacity() != null) {
                meters.capacity().add(took);
            }
        }
    }
}

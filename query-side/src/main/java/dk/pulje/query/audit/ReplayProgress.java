package dk.pulje.query.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How far each projection has come, against the head of the event store: while a replay runs, its position, its
 * speed and the time it still needs. Published as Micrometer gauges too ({@code pulje.projection.position},
 * {@code pulje.projection.behind}, tagged by group).
 */
@Component
public class ReplayProgress {

    /** One processing group's progress; speed and time left are null until two readings exist. */
    public record GroupProgress(
            String group,
            boolean replaying,
            Long position,
            long head,
            Long behind,
            Double eventsPerSecond,
            Long secondsLeft) {}

    private record Reading(long position, Instant at) {}

    private final EventProcessingConfiguration processing;
    private final ProjectionReplay replay;
    private final EventStore eventStore;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Reading> firstReadings = new ConcurrentHashMap<>();

    ReplayProgress(
            EventProcessingConfiguration processing,
            ProjectionReplay replay,
            EventStore eventStore,
            MeterRegistry meters,
            Clock clock) {
        this.clock = clock;
        this.processing = processing;
        this.replay = replay;
        this.eventStore = eventStore;
        this.meters = meters;
    }

    public List<GroupProgress> progress() {
        long head = head();
        return replay.groups().stream().map(group -> progress(group, head)).toList();
    }

    /** Whether every group has processed the whole event store as it stands now and no replay is running. */
    public boolean caughtUp() {
        return progress().stream().allMatch(p -> !p.replaying() && p.behind() != null && p.behind() == 0);
    }

    private GroupProgress progress(String group, long head) {
        StreamingEventProcessor processor =
                processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
        OptionalLong position = position(processor);
        boolean replaying = processor.isReplaying();
        if (position.isEmpty()) {
            return new GroupProgress(group, replaying, null, head, null, null, null);
        }
        long at = position.getAsLong();
        Instant now = clock.instant();
        Reading first = replaying ? firstReadings.computeIfAbsent(group, g -> new Reading(at, now)) : null;
        if (!replaying) {
            firstReadings.remove(group);
        }
        Double speed = null;
        Long secondsLeft = null;
        if (first != null && at > first.position()) {
            double seconds = Math.max(Duration.between(first.at(), now).toMillis(), 1) / 1000.0;
            speed = (at - first.position()) / seconds;
            secondsLeft = Math.round((head - at) / speed);
        }
        return new GroupProgress(group, replaying, at, head, Math.max(head - at, 0), speed, secondsLeft);
    }

    /**
     * The slowest of this node's segments: everything up to it is in the read model. A segment that has processed
     * nothing yet stands at 0; a node that works on no segment cannot tell.
     */
    private static OptionalLong position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0))
                .min();
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /** Registered once the processors exist, so the gauges never pull Axon's configuration in early. */
    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        MeterRegistry registry = meters;
        for (String group : replay.groups()) {
            Gauge.builder("pulje.projection.position", () -> valueOf(group, GroupProgress::position))
                    .tag("group", group)
                    .description("Global index the projection has processed up to")
                    .register(registry);
            Gauge.builder("pulje.projection.behind", () -> valueOf(group, GroupProgress::behind))
                    .tag("group", group)
                    .description("Events in the store the projection has not processed yet")
                    .register(registry);
        }
    }

    private double valueOf(String group, Function<GroupProgress, Long> value) {
        Long number = value.apply(progress(group, head()));
        return number == null ? Double.NaN : number;
    }
}

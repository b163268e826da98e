package dk.pulje.query.infra;

import dk.pulje.spring.NodeSettings;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Shares each projection's segments among the query nodes that are up. Axon's pooled processors claim every
 * unclaimed segment, so the node that starts first would keep them all and the others would only stand by. Every few
 * seconds each node notes in {@code query_node} that it is up, counts the nodes up, and releases the segments it holds
 * beyond its fair share (the processor's segments divided by the nodes, rounded up, and of all processors' segments
 * together); a node holding fewer claims them. A node that stops leaves the table and releases its claims, and the others take its segments over.
 */
@Component
class FairSegmentShare {

    private static final Logger log = LoggerFactory.getLogger(FairSegmentShare.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final String nodeId;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService timer;

    FairSegmentShare(
            JdbcTemplate jdbc,
            EventProcessingConfiguration processing,
            NodeSettings node,
            ProjectionSettings settings,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.processing = processing;
        // The token store's own default, so the node is named alike in both tables.
        this.nodeId = node.nodeIdOr(() -> ManagementFactory.getRuntimeMXBean().getName());
        this.interval = settings.shareInterval();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "fair-segment-share"));
        timer.scheduleWithFixedDelay(this::shareOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
            jdbc.update("DELETE FROM query_node WHERE node_id = ?", nodeId);
        }
    }

    private void shareOnce() {
        try {
            long nodes = nodesUp();
            Map<String, Long> segments = segmentsPerProcessor();
            Map<String, StreamingEventProcessor> processors = new TreeMap<>(Comparator.reverseOrder());
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    processors.put(name, streaming);
                }
            });
            processors.forEach(
                    (name, processor) -> releaseBeyondFairShare(processor, segments.getOrDefault(name, 0L), nodes));
            releaseBeyondFairShareOfAll(processors, segments, nodes);
        } catch (DataAccessException e) {
            log.warn("Cannot share the projections' segments now: {}", e.getMessage());
        }
    }

    private long nodesUp() {
        Instant now = clock.instant();
        if (jdbc.update("UPDATE query_node SET seen_at = ? WHERE node_id = ?", Rows.timestamp(now), nodeId) == 0) {
            jdbc.update("INSERT INTO query_node (node_id, seen_at) VALUES (?, ?)", nodeId, Rows.timestamp(now));
        }
        Long up = jdbc.queryForObject(
                "SELECT COUNT(*) FROM query_node WHERE seen_at > ?",
                Long.class,
                Rows.timestamp(now.minus(interval.multipliedBy(3))));
        return Math.max(up == null ? 1 : up, 1);
    }

    private Map<String, Long> segmentsPerProcessor() {
        Map<String, Long> segments = new HashMap<>();
        jdbc.query("SELECT processorName, COUNT(*) FROM TokenEntry GROUP BY processorName", row -> {
            segments.put(row.getString(1), row.getLong(2));
        });
        return segments;
    }

    private static void releaseBeyondFairShare(StreamingEventProcessor processor, long segments, long nodes) {
        long surplus = processor.processingStatus().size() - share(segments, nodes);
        if (surplus > 0) {
            processor.processingStatus().keySet().stream()
                    .sorted(Comparator.reverseOrder())
                    .limit(surplus)
                    .forEach(processor::releaseSegment);
        }
    }

    /**
     * A processor of one segment is held whole by one node, so the share of each processor leaves a node free to hold
     * all such processors. A node also holds no more than its share of all segments: beyond it, it gives up such
     * processors, the last by name first, so that every node picks the same ones and the others take them over.
     */
    private static void releaseBeyondFairShareOfAll(
            Map<String, StreamingEventProcessor> processors, Map<String, Long> segments, long nodes) {
        long total = segments.values().stream().mapToLong(Long::longValue).sum();
        long surplus = processors.values().stream()
                        .mapToLong(processor -> processor.processingStatus().size())
                        .sum()
                - share(total, nodes);
        for (Map.Entry<String, StreamingEventProcessor> entry : processors.entrySet()) {
            StreamingEventProcessor processor = entry.getValue();
            int held = processor.processingStatus().size();
            if (surplus <= 0) {
                return;
            }
            long segmentsOfProcessor = segments.getOrDefault(entry.getKey(), 0L);
            boolean heldWholeByItsShare = held == segmentsOfProcessor && share(segmentsOfProcessor, nodes) == held;
            if (held > 0 && heldWholeByItsShare && held <= surplus) {
                processor.processingStatus().keySet().forEach(processor::releaseSegment);
                surplus -= held;
            }
        }
    }

    private static long share(long segments, long nodes) {
        return (segments + nodes - 1) / nodes;
    }
}

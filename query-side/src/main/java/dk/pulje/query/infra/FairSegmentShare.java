package dk.pulje.query.infra;

import dk.pulje.spring.NodeSettings;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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
 * beyond its fair share (the processor's segments divided by the nodes, rounded up); a node holding fewer claims
 * them. A node that stops leaves the table and releases its claims, and the others take its segments over.
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
            processing.eventProcessors().forEach((group, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    releaseBeyondFairShare(group, streaming, nodes);
                }
            });
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

    private void releaseBeyondFairShare(String group, StreamingEventProcessor processor, long nodes) {
        Long segments =
                jdbc.queryForObject("SELECT COUNT(*) FROM TokenEntry WHERE processorName = ?", Long.class, group);
        long fairShare = ((segments == null ? 0 : segments) + nodes - 1) / nodes;
        long surplus = processor.processingStatus().size() - fairShare;
        if (surplus > 0) {
            processor.processingStatus().keySet().stream()
                    .sorted(Comparator.reverseOrder())
                    .limit(surplus)
                    .forEach(processor::releaseSegment);
        }
    }
}

package dk.pulje.query.infra;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the projections have come in the event store: a processing group has processed a position when the
 * token of every one of its segments covers it, so every event up to and including that position is in its
 * read model.
 */
@Component
public class ProjectionProgress {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;

    ProjectionProgress(JdbcTemplate jdbc, Serializer serializer, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
    }

    /**
     * Whether every one of {@code groups} has processed the event at global index {@code position}. A negative
     * position (the command side's answer when its store cannot tell) comes before every event.
     */
    public boolean hasProcessed(Collection<String> groups, long position) {
        if (position < 0) {
            return true;
        }
        return groups.stream().allMatch(group -> hasProcessed(group, position));
    }

    /**
     * A segment that had nothing to handle stores its advanced token only when it next extends its claim
     * (every few seconds), so the segments this node works on are also judged by their live status.
     */
    private boolean hasProcessed(String group, long position) {
        List<SegmentToken> stored = storedTokens(group);
        Map<Integer, TrackingToken> live = liveTokens(group);
        return !stored.isEmpty()
                && stored.stream()
                        .allMatch(segment ->
                                covers(segment.token(), position) || covers(live.get(segment.segment()), position));
    }

    private List<SegmentToken> storedTokens(String group) {
        return jdbc.query(
                "SELECT segment, token, tokenType FROM TokenEntry WHERE processorName = ?",
                (row, index) -> new SegmentToken(row.getInt(1), deserialize(row.getBytes(2), row.getString(3))),
                group);
    }

    private TrackingToken deserialize(byte[] token, String type) {
        return token == null
                ? null
                : serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }

    private Map<Integer, TrackingToken> liveTokens(String group) {
        return processing
                .eventProcessor(group, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().values().stream()
                        .filter(status -> status.getTrackingToken() != null && !status.isErrorState())
                        .collect(Collectors.toMap(
                                status -> status.getSegment().getSegmentId(), EventTrackerStatus::getTrackingToken)))
                .orElse(Map.of());
    }

    private record SegmentToken(int segment, TrackingToken token) {}

    /**
     * Gap-aware on the JDBC store: a gap below {@code position} is a transaction still open (or rolled back), and
     * nobody holds a consistency token for it yet, so only the position itself must be past and not a gap. A plain
     * global sequence on Axon Server has no gaps.
     */
    private static boolean covers(TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        Optional<GapAwareTrackingToken> gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class);
        if (gapAware.isPresent()) {
            return gapAware.get().getIndex() >= position
                    && !gapAware.get().getGaps().contains(position);
        }
        return token.position().orElse(-1) >= position;
    }
}

package dk.pulje.query.audit;

import static dk.pulje.query.infra.ProcessingGroups.NOT_READ_MODELS;

import dk.pulje.query.infra.ReadChunks;
import dk.pulje.shared.personal.PersonalDataKeys;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Rebuilds read models from the events: the processor stops, its reset handlers empty its tables, its tokens go
 * back to the start of the event store, and it starts again and replays every event. The hash chain is no read
 * model: its links are evidence, kept as written, so it is never replayed. A replay reads every personal data key
 * afresh, and every event too rather than the chunks other processors have read and opened (with the keys of then),
 * so a person erased on another node is erased in the rebuilt read models too.
 */
@Component
public class ProjectionReplay {

    private final EventProcessingConfiguration processing;
    private final PersonalDataKeys keys;
    private final ObjectProvider<ReadChunks> chunks;

    ProjectionReplay(
            EventProcessingConfiguration processing, PersonalDataKeys keys, ObjectProvider<ReadChunks> chunks) {
        this.processing = processing;
        this.keys = keys;
        this.chunks = chunks;
    }

    /** The processing groups that can be replayed. */
    public Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor && !NOT_READ_MODELS.contains(name)) {
                groups.add(name);
            }
        });
        return groups;
    }

    /** Whether the group is a projection that can be replayed. */
    public boolean replayable(String group) {
        return processor(group).isPresent();
    }

    /**
     * Replays one group on this node alone: the other nodes must not run it (their segments could not be reset).
     * False when no such group can be replayed.
     */
    public synchronized boolean replay(String group) {
        if (!replayable(group)) {
            return false;
        }
        stop(group);
        reset(group);
        start(group);
        return true;
    }

    /** Stops this node's processor of the group, which gives up the segments it holds. */
    void stop(String group) {
        processor(group).ifPresent(StreamingEventProcessor::shutDown);
    }

    /**
     * Empties the group's tables and sends every segment's token back to the start of the event store, in the
     * caller's transaction if there is one. The processor must be stopped here and no other node may hold a segment.
     */
    void reset(String group) {
        processor(group).orElseThrow().resetTokens();
    }

    /** Starts this node's processor of the group again, reading keys and events afresh. */
    void start(String group) {
        processor(group).ifPresent(processor -> {
            keys.forgetAll();
            chunks.ifAvailable(ReadChunks::forgetAll);
            processor.start();
        });
    }

    private Optional<StreamingEventProcessor> processor(String group) {
        return processing
                .eventProcessor(group, StreamingEventProcessor.class)
                .filter(processor -> !NOT_READ_MODELS.contains(group));
    }

    public void replayAll() {
        groups().forEach(this::replay);
    }
}

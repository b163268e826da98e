package dk.pulje.query.audit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;

import static dk.pulje.query.infra.ProcessingGroups.EVENT_CHAIN;

/**
 * Rebuilds read models from the events: the processor stops, its reset handlers empty its tables, its tokens go
 * back to the start of the event store, and it starts again and replays every event. The hash chain is no read
 * model: its links are evidence, kept as written, so it is never replayed.
 */
@Component
public class ProjectionReplay {

    private final EventProcessingConfiguration processing;

    ProjectionReplay(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** The processing groups that can be replayed. */
    public Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor && !name.equals(EVENT_CHAIN)) {
                groups.add(name);
            }
        });
        return groups;
    }

    /** Replays one group; false when no such group can be replayed. */
    public synchronized boolean replay(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .filter(processor -> !group.equals(EVENT_CHAIN))
                .map(processor -> {
                    processor.shutDown();
                    processor.resetTokens();
                    processor.start();
                    return true;
                })
                .orElse(false);
    }

    public void replayAll() {
        groups().forEach(this::replay);
    }
}

package dk.pulje.query.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The events the projections could not handle, parked per processing group with the rest of their aggregate's
 * sequence, and the way to process them again once the cause is fixed.
 */
@Component
public class DeadLetters {

    /** One parked event: which aggregate's sequence it holds up, which event, and why it failed. */
    public record Letter(String sequence, String eventIdentifier, String eventType, String cause, String enqueuedAt) {}

    private final EventProcessingConfiguration processing;
    private final MeterRegistry meters;

    DeadLetters(EventProcessingConfiguration processing, MeterRegistry meters) {
        this.processing = processing;
        this.meters = meters;
    }

    /** {@code pulje.dead-letters}: the parked sequences of each group, registered once the processors exist. */
    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        processing.eventProcessors().keySet().stream()
                .filter(group -> queue(group).isPresent())
                .forEach(group -> Gauge.builder("pulje.dead-letters", () -> count(group))
                        .tag("group", group)
                        .description("Aggregate sequences parked in the group's dead-letter queue")
                        .register(meters));
    }

    /** Every group that has a dead-letter queue, with its parked events. */
    public Map<String, List<Letter>> all() {
        Map<String, List<Letter>> letters = new TreeMap<>();
        processing
                .eventProcessors()
                .keySet()
                .forEach(group -> queue(group).ifPresent(queue -> {
                    List<Letter> parked = new ArrayList<>();
                    queue.deadLetters().forEach(sequence -> sequence.forEach(letter -> parked.add(letter(letter))));
                    letters.put(group, parked);
                }));
        return letters;
    }

    /**
     * Processes the group's parked sequences again; answers how many were processed without failing again, or
     * nothing when the group has no dead-letter queue.
     */
    public OptionalInt retry(String group) {
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(group);
        if (processor.isEmpty()) {
            return OptionalInt.empty();
        }
        int processed = 0;
        while (processor.get().processAny()) {
            processed++;
        }
        return OptionalInt.of(processed);
    }

    public long count(String group) {
        return queue(group).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }

    private static Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        return new Letter(
                event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getAggregateIdentifier() : null,
                event.getIdentifier(),
                event.getPayloadType().getSimpleName(),
                letter.cause()
                        .map(cause -> cause.type() + ": " + cause.message())
                        .orElse(null),
                letter.enqueuedAt().toString());
    }
}

package dk.pulje.command.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * What a handled command appended: the new version of each aggregate it changed, the ids of its events and, where
 * the event store answers them on insert, their global positions. Axon hands staged events to the event store only
 * when the unit of work prepares its commit, after the handler has returned, so a receipt is filled then; the
 * caller reads it once the command has completed.
 */
public record CommandReceipt(Map<String, Long> versions, List<String> eventIds, List<Long> positions) {

    static CommandReceipt empty() {
        return new CommandReceipt(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
    }

    void add(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            versions.put(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber());
        }
        eventIds.add(event.getIdentifier());
    }

    void stored(List<Long> globalPositions) {
        positions.addAll(globalPositions);
    }
}

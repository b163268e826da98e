package dk.pulje.command.infra;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers every command with a {@link CommandReceipt}: the events it published are noted in its unit of work
 * as they are applied, and the command's result is replaced by the receipt of what it appended.
 */
@Component
class EventReceipts {

    private static final String PUBLISHED = EventReceipts.class.getName() + ".published";

    EventReceipts(CommandBus commandBus, EventStore eventStore) {
        eventStore.registerDispatchInterceptor(messages -> (index, message) -> {
            CurrentUnitOfWork.ifStarted(unitOfWork -> published(unitOfWork).add(message));
            return message;
        });
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            chain.proceed();
            return receiptOf(published(unitOfWork));
        });
    }

    private static List<EventMessage<?>> published(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(PUBLISHED, key -> new ArrayList<>());
    }

    private static CommandReceipt receiptOf(List<EventMessage<?>> events) {
        Map<String, Long> versions = new LinkedHashMap<>();
        List<String> eventIds = new ArrayList<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                versions.put(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber());
            }
            eventIds.add(event.getIdentifier());
        }
        return new CommandReceipt(versions, eventIds);
    }
}

package dk.pulje.command.infra;

import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Answers every command with a {@link CommandReceipt} of the events it appended: the receipt is put in the
 * command's unit of work before the handler runs, and every event the event store takes in that unit of work
 * is noted on it.
 */
@Component
class EventReceipts {

    private static final String RECEIPT = EventReceipts.class.getName() + ".receipt";

    EventReceipts(CommandBus commandBus, EventStore eventStore) {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            CommandReceipt receipt = CommandReceipt.empty();
            unitOfWork.root().resources().put(RECEIPT, receipt);
            chain.proceed();
            return receipt;
        });
        eventStore.registerDispatchInterceptor(messages -> (index, message) -> {
            CurrentUnitOfWork.ifStarted(unitOfWork -> {
                CommandReceipt receipt = unitOfWork.root().getResource(RECEIPT);
                if (receipt != null) {
                    receipt.add(message);
                }
            });
            return message;
        });
    }

    /** Notes the positions the event store gave the unit of work's events as it stored them. */
    static void stored(UnitOfWork<?> unitOfWork, List<Long> positions) {
        CommandReceipt receipt = unitOfWork.root().getResource(RECEIPT);
        if (receipt != null) {
            receipt.stored(positions);
        }
    }
}

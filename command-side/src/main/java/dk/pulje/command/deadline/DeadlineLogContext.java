package dk.pulje.command.deadline;

import dk.pulje.spring.axon.MessageLogContext;
import org.axonframework.deadline.DeadlineManager;
import org.springframework.stereotype.Component;

/** Axon registers the message log context on gateways, buses and processors; deadlines are told here. */
@Component
class DeadlineLogContext {

    DeadlineLogContext(DeadlineManager deadlines, MessageLogContext context) {
        deadlines.registerHandlerInterceptor(context);
    }
}

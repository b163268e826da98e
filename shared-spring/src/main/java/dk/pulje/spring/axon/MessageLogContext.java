package dk.pulje.spring.axon;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Every line logged while a message is handled (a command, a deadline, an event, a query) carries the ids of its
 * message in the logging context: {@code traceId} (what started it all: the HTTP request's correlation id, handed on
 * to every message it causes), {@code correlationId} (the message that caused this one) and {@code messageId}. A
 * message sent while a request is handled takes the request's id as its trace id, so the events of a command, and
 * the projections' log lines about them, carry it too. Axon's auto-configuration registers it on the gateways, buses
 * and processors; the command side registers it on its deadlines too. Holds no state.
 */
public class MessageLogContext implements MessageDispatchInterceptor<Message<?>>,
        MessageHandlerInterceptor<Message<?>> {

    public static final String TRACE_ID = "traceId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String MESSAGE_ID = "messageId";

    private static final Logger log = LoggerFactory.getLogger(MessageLogContext.class);

    @Override
    public BiFunction<Integer, Message<?>, Message<?>> handle(List<? extends Message<?>> messages) {
        String traceId = MDC.get(TRACE_ID);
        return (index, message) -> traceId == null || message.getMetaData().containsKey(TRACE_ID) ? message
                : message.andMetaData(Map.of(TRACE_ID, traceId));
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        Map<String, String> outer = MDC.getCopyOfContextMap();
        MDC.put(TRACE_ID, String.valueOf(message.getMetaData().getOrDefault(TRACE_ID, message.getIdentifier())));
        MDC.put(MESSAGE_ID, message.getIdentifier());
        Object causedBy = message.getMetaData().get(CORRELATION_ID);
        if (causedBy == null) {
            MDC.remove(CORRELATION_ID);
        } else {
            MDC.put(CORRELATION_ID, causedBy.toString());
        }
        long started = System.nanoTime();
        try {
            return chain.proceed();
        } finally {
            log.debug("Handled {} in {} ms", message.getPayloadType().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
            if (outer == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(outer);
            }
        }
    }
}

package dk.pulje.query.infra;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Every line logged while an event or a query is handled carries the ids of its message in the logging context:
 * {@code traceId} (what started it all: the correlation id of the HTTP request that sent the command), {@code
 * correlationId} (the message that caused this one, e.g. the command behind an event) and {@code messageId}. A query
 * sent while a request is handled takes the request's id as its trace id. Holds no state: one instance may serve
 * every processor and bus.
 */
public class MessageLogContext implements MessageDispatchInterceptor<Message<?>>,
        MessageHandlerInterceptor<Message<?>> {

    public static final String TRACE_ID = "traceId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String MESSAGE_ID = "messageId";

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
        try {
            return chain.proceed();
        } finally {
            if (outer == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(outer);
            }
        }
    }
}

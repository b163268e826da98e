package dk.pulje.spring.axon;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Every line logged while a message is handled (a command, a deadline, an event, a query) carries the ids of its
 * message in the logging context: {@code requestId} (what started it all: the HTTP request's correlation id, handed
 * on to every message it causes, and kept in their metadata as {@code traceId}), {@code correlationId} (the message
 * that caused this one) and {@code messageId}. A message sent while a request is handled takes the request's id, so
 * the events of a command, and the projections' log lines about them, carry it too. The W3C trace of the message,
 * {@code traceId} and {@code spanId} in the logging context, is Micrometer Tracing's. Axon's auto-configuration
 * registers it on the gateways, buses and processors; the command side registers it on its deadlines too.
 *
 * <p>The two ids in the metadata are put in the logging context only when a line is logged ({@link IdsWhenLogged}):
 * an event read from the store has its metadata still serialized, and reading it for every event in every projection
 * cost a replay a twentieth of its time, for lines that are hardly ever logged.
 */
public class MessageLogContext
        implements MessageDispatchInterceptor<Message<?>>, MessageHandlerInterceptor<Message<?>> {

    /** The metadata key of what started it all (Axon's name): the request's correlation id or the first message's. */
    public static final String TRACE_ID = "traceId";
    /** Its name in the logging context, where {@code traceId} is the W3C trace's. */
    public static final String REQUEST_ID = "requestId";

    public static final String CORRELATION_ID = "correlationId";
    public static final String MESSAGE_ID = "messageId";

    private static final Logger log = LoggerFactory.getLogger(MessageLogContext.class);

    /** The message being handled on this thread whose metadata ids are not yet in the logging context. */
    private static final ThreadLocal<Message<?>> IDS_UNREAD = new ThreadLocal<>();

    public MessageLogContext() {
        IdsWhenLogged.install();
    }

    @Override
    public BiFunction<Integer, Message<?>, Message<?>> handle(List<? extends Message<?>> messages) {
        readIds();
        String requestId = MDC.get(REQUEST_ID);
        return (index, message) -> requestId == null || message.getMetaData().containsKey(TRACE_ID)
                ? message
                : message.andMetaData(Map.of(TRACE_ID, requestId));
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        String outerRequest = MDC.get(REQUEST_ID);
        String outerMessage = MDC.get(MESSAGE_ID);
        String outerCorrelation = MDC.get(CORRELATION_ID);
        Message<?> outerUnread = IDS_UNREAD.get();
        MDC.put(MESSAGE_ID, message.getIdentifier());
        IDS_UNREAD.set(message);
        long started = System.nanoTime();
        try {
            return chain.proceed();
        } finally {
            if (log.isDebugEnabled()) {
                log.debug(
                        "Handled {} in {} ms",
                        message.getPayloadType().getSimpleName(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            put(REQUEST_ID, outerRequest);
            put(MESSAGE_ID, outerMessage);
            put(CORRELATION_ID, outerCorrelation);
            IDS_UNREAD.set(outerUnread);
        }
    }

    /** Puts the ids from the metadata of the message being handled in the logging context, if not done yet. */
    static void readIds() {
        Message<?> message = IDS_UNREAD.get();
        if (message != null) {
            IDS_UNREAD.remove();
            MDC.put(REQUEST_ID, String.valueOf(message.getMetaData().getOrDefault(TRACE_ID, message.getIdentifier())));
            put(CORRELATION_ID, message.getMetaData().get(CORRELATION_ID));
        }
    }

    /** Puts back only its own keys: copying the whole logging context for every message cost every projection. */
    private static void put(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value.toString());
        }
    }

    /** Reads the ids of the message being handled just before a line is logged (a filter Logback asks first). */
    static final class IdsWhenLogged extends TurboFilter {

        /** Installs itself once in Logback's context, where Logback is the logging in use. */
        static void install() {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
                    && logging.getTurboFilterList().stream().noneMatch(IdsWhenLogged.class::isInstance)) {
                IdsWhenLogged filter = new IdsWhenLogged();
                filter.start();
                logging.addTurboFilter(filter);
            }
        }

        @Override
        public FilterReply decide(
                org.slf4j.Marker marker,
                ch.qos.logback.classic.Logger logger,
                Level level,
                String format,
                Object[] params,
                Throwable t) {
            // Asked before every logger call, mostly for levels that are off: the level first, the thread's message
            // after.
            if (level != null && level.isGreaterOrEqual(logger.getEffectiveLevel()) && IDS_UNREAD.get() != null) {
                readIds();
            }
            return FilterReply.NEUTRAL;
        }
    }
}

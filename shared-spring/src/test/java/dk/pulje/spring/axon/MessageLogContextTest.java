package dk.pulje.spring.axon;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageDecorator;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A line logged while a message is handled carries its ids; the metadata they come from is read only when a line is
 * logged, and the logging context is as it was once the message is handled.
 */
class MessageLogContextTest {

    private final MessageLogContext context = new MessageLogContext();
    private final Logger handlerLog = (Logger) LoggerFactory.getLogger("a.projection");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        handlerLog.setLevel(Level.INFO);
        lines.start();
        handlerLog.addAppender(lines);
    }

    @AfterEach
    void releaseTheLog() {
        handlerLog.detachAppender(lines);
        MDC.clear();
    }

    @Test
    void aLineLoggedWhileAnEventIsHandledCarriesItsIds() throws Exception {
        CountedMetaData event = event();
        MDC.put(MessageLogContext.REQUEST_ID, "outer-request");

        handle(event, () -> handlerLog.info("projected"));

        assertThat(lines.list).hasSize(1);
        assertThat(lines.list.get(0).getMDCPropertyMap())
                .containsEntry(MessageLogContext.REQUEST_ID, "request-7")
                .containsEntry(MessageLogContext.CORRELATION_ID, "command-3")
                .containsEntry(MessageLogContext.MESSAGE_ID, event.getIdentifier());
        assertThat(MDC.get(MessageLogContext.REQUEST_ID)).isEqualTo("outer-request");
        assertThat(MDC.get(MessageLogContext.CORRELATION_ID)).isNull();
        assertThat(MDC.get(MessageLogContext.MESSAGE_ID)).isNull();
    }

    @Test
    void anEventHandledWithoutALineLoggedHasItsMetadataLeftUnread() throws Exception {
        CountedMetaData event = event();

        handle(event, () -> handlerLog.debug("not logged at info"));

        assertThat(lines.list).isEmpty();
        assertThat(event.reads.get()).isZero();
        assertThat(MDC.get(MessageLogContext.REQUEST_ID)).isNull();
    }

    private void handle(CountedMetaData event, Runnable handler) throws Exception {
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        try {
            context.handle(unitOfWork, () -> {
                handler.run();
                return null;
            });
        } finally {
            unitOfWork.commit();
        }
    }

    private static CountedMetaData event() {
        return new CountedMetaData(new GenericEventMessage<>(
                "submitted", Map.of(MessageLogContext.TRACE_ID, "request-7", "correlationId", "command-3")));
    }

    /** An event that counts how often its metadata is read. */
    private static final class CountedMetaData extends MessageDecorator<String> implements EventMessage<String> {

        private final AtomicInteger reads = new AtomicInteger();

        private CountedMetaData(EventMessage<String> delegate) {
            super(delegate);
        }

        @Override
        public MetaData getMetaData() {
            reads.incrementAndGet();
            return super.getMetaData();
        }

        @Override
        public java.time.Instant getTimestamp() {
            return ((EventMessage<?>) getDelegate()).getTimestamp();
        }

        @Override
        public EventMessage<String> withMetaData(Map<String, ?> metaData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EventMessage<String> andMetaData(Map<String, ?> metaData) {
            throw new UnsupportedOperationException();
        }
    }
}

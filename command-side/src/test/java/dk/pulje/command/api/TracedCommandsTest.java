package dk.pulje.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.pulje.spring.axon.MessageLogContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A command sent over HTTP with a W3C {@code traceparent} is traced in the caller's trace: the HTTP request, the
 * command's dispatch and handling, and the events it causes carry the trace on in their metadata (its ids only, not the
 * caller's {@code tracestate} or {@code baggage}). The log lines of its handling carry the trace id.
 */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:traced-commands;DB_CLOSE_DELAY=-1")
@AutoConfigureTracing
@Import(TracedCommandsTest.Spans.class)
class TracedCommandsTest extends CommandApiTestSupport {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @TestConfiguration
    static class Spans {
        @Bean
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }

        @Bean
        SpanProcessor exportEachSpanAtOnce(InMemorySpanExporter spans) {
            return SimpleSpanProcessor.create(spans);
        }
    }

    @Autowired
    private InMemorySpanExporter spans;

    private final Logger commandLog = (Logger) LoggerFactory.getLogger(MessageLogContext.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level level;

    @BeforeEach
    void captureTheCommandLog() {
        level = commandLog.getLevel();
        commandLog.setLevel(Level.DEBUG);
        lines.start();
        commandLog.addAppender(lines);
    }

    @AfterEach
    void releaseTheCommandLog() {
        commandLog.detachAppender(lines);
        commandLog.setLevel(level);
    }

    @Test
    void a_command_is_traced_from_the_request_through_its_handling_to_its_events() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/programmes")
                        .header("Authorization", basic("manager"))
                        .header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01")
                        .header("tracestate", "vendor=opaque")
                        .header("baggage", "someone=kim.jensen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"traced\", \"name\": \"Traced\", \"envelope\": \"1000000.00\"}"))
                .andExpect(status().isCreated());

        await().untilAsserted(() -> assertThat(inTheTrace()).anySatisfy(span -> {
            assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(span.getParentSpanId()).isEqualTo(CALLER_SPAN);
        }));
        assertThat(inTheTrace())
                .extracting(SpanData::getName, SpanData::getKind)
                .contains(
                        tuple("CommandBus.dispatchCommand(EstablishProgramme)", SpanKind.INTERNAL),
                        tuple("CommandBus.handleCommand(EstablishProgramme)", SpanKind.CONSUMER),
                        tuple("EventBus.publishEvent(ProgrammeEstablished)", SpanKind.PRODUCER));

        String metaData = jdbc.queryForObject(
                "SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                (row, index) -> new String(row.getBytes(1)),
                "traced");
        assertThat(metaData)
                .contains("\"traceparent\":\"00-" + TRACE + "-")
                .as("nothing else of the caller's")
                .doesNotContain("tracestate", "opaque", "baggage", "kim.jensen");

        List<ILoggingEvent> handled = lines.list.stream()
                .filter(line -> line.getFormattedMessage().startsWith("Handled EstablishProgramme"))
                .toList();
        assertThat(handled).hasSize(1);
        assertThat(handled.get(0).getMDCPropertyMap())
                .containsEntry("traceId", TRACE)
                .containsKey("spanId")
                .containsKey(MessageLogContext.REQUEST_ID);
    }

    private List<SpanData> inTheTrace() {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(TRACE))
                .toList();
    }
}

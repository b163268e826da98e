package dk.pulje.query;

import static dk.pulje.query.SeedEvents.satspulje2017;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pulje.shared.programme.ProgrammeId;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An event joins the trace of the command that caused it, from the {@code traceparent} in its metadata: each
 * projection's handling of it is a span in that trace, a child of the span the event was published in. Neither trace
 * is sampled here but by the caller's say (probability 0, as by default). A query
 * sent over HTTP with a {@code traceparent} is traced in the caller's trace through to its handler.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureTracing
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:traced-projections;DB_CLOSE_DELAY=-1")
@Import(TracedProjectionsTest.Spans.class)
class TracedProjectionsTest {

    private static final String COMMAND_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String COMMAND_SPAN = "b7ad6b7169203331";
    private static final String QUERY_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
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

    @Autowired
    private EventStore eventStore;

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private final ProgrammeId programme = ProgrammeId.random();

    @Test
    void each_projection_handles_an_event_in_the_trace_of_the_command_that_caused_it() {
        try (Scope command = Context.root()
                .with(Span.wrap(SpanContext.createFromRemoteParent(
                        COMMAND_TRACE, COMMAND_SPAN, TraceFlags.getSampled(), TraceState.getDefault())))
                .makeCurrent()) {
            eventStore.publish(
                    new GenericDomainEventMessage<>("Programme", programme.value(), 0, satspulje2017(programme)));
        }
        String traceparent = jdbc.queryForObject(
                        "SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                        (row, index) -> new String(row.getBytes(1), StandardCharsets.UTF_8),
                        programme.value())
                .replaceAll(".*\"traceparent\":\"([^\"]+)\".*", "$1");
        assertThat(traceparent).startsWith("00-" + COMMAND_TRACE + "-");
        String publishedIn = traceparent.split("-")[2];

        for (String projection : List.of("ProgrammeOverviewProjection", "EventChainAppender")) {
            await().untilAsserted(() -> assertThat(inTrace(COMMAND_TRACE))
                    .as(projection)
                    .anyMatch(span -> span.getName().startsWith(projection + ".on(")));
        }
        assertThat(inTrace(COMMAND_TRACE))
                .filteredOn(span -> span.getName().equals("StreamingEventProcessor.process(ProgrammeEstablished)"))
                .as("one per projection, each a child of the span the event was published in")
                .hasSizeGreaterThan(1)
                .allSatisfy(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                    assertThat(span.getParentSpanId()).isEqualTo(publishedIn);
                });
    }

    @Test
    void a_query_is_traced_from_the_request_to_its_handler() {
        assertThat(mvc.get()
                        .uri("/programmes")
                        .header(HttpHeaders.AUTHORIZATION, basic("viewer"))
                        .header("traceparent", "00-" + QUERY_TRACE + "-" + CALLER_SPAN + "-01")
                        .exchange())
                .hasStatusOk();

        await().untilAsserted(() -> assertThat(inTrace(QUERY_TRACE)).anySatisfy(span -> {
            assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(span.getParentSpanId()).isEqualTo(CALLER_SPAN);
        }));
        assertThat(inTrace(QUERY_TRACE))
                .extracting(SpanData::getName)
                .anySatisfy(name -> assertThat(name).contains("Query", "FindProgrammes"));
    }

    private List<SpanData> inTrace(String traceId) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId))
                .toList();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

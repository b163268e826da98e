package dk.pulje.spring.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Map;
import org.axonframework.springboot.autoconfig.OpenTelemetryAutoConfiguration;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Axon's spans on the OpenTelemetry that Spring Boot configures, so that one trace runs from an HTTP request through
 * the command, the events it causes, each projection that handles them and the queries. The trace context travels
 * in each message's metadata ({@code traceparent}, W3C): across nodes and Axon Server, and for events through the
 * event store. Axon's own configuration would take the global OpenTelemetry, which Spring Boot leaves unset: its
 * spans would go nowhere and no context would travel.
 * <p>
 * Where no span is exported (no OTLP endpoint set, the default), Axon makes no spans: they would be recorded nowhere,
 * yet cost every projection a span for every event it handles, an eighth of a replay's processor time (bench B5).
 * The HTTP requests are still traced by Spring Boot, and their trace ids are still in the logs.
 */
@AutoConfiguration(before = OpenTelemetryAutoConfiguration.class)
public class MessageTracing {

    static final String INSTRUMENTATION = "AxonFramework-OpenTelemetry";
    static final String TRACEPARENT = "traceparent";

    /**
     * Only the trace's ids go into a message's metadata: an event keeps its metadata for good, in the hash chain, and
     * a caller's {@code tracestate} or {@code baggage} is free text it makes up. So only the W3C trace context is read
     * back from a message, which spares every projection the baggage propagator's work on every event.
     */
    private static final TextMapSetter<Map<String, String>> TRACEPARENT_ONLY = (metaData, key, value) -> {
        if (metaData != null && TRACEPARENT.equals(key)) {
            metaData.put(key, value);
        }
    };

    @Bean
    SpanFactory spanFactory(ObjectProvider<OpenTelemetry> openTelemetry, ObjectProvider<SpanExporter> exporters) {
        if (exporters.stream().findAny().isEmpty()) {
            return NoOpSpanFactory.INSTANCE;
        }
        OpenTelemetry telemetry = openTelemetry.getIfAvailable(OpenTelemetry::noop);
        return OpenTelemetrySpanFactory.builder()
                .tracer(telemetry.getTracer(INSTRUMENTATION))
                .contextPropagators(W3CTraceContextPropagator.getInstance())
                .textMapSetter(TRACEPARENT_ONLY)
                .build();
    }
}

package dk.pulje.spring.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MessageTracingTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MessageTracing.class))
            .withBean(OpenTelemetry.class, OpenTelemetry::noop);

    @Test
    void makesNoSpansWhereNoneIsExported() {
        app.run(context -> assertThat(context.getBean(SpanFactory.class)).isSameAs(NoOpSpanFactory.INSTANCE));
    }

    @Test
    void tracesMessagesWhereSpansAreExported() {
        app.withBean(SpanExporter.class, InMemorySpanExporter::create)
                .run(context ->
                        assertThat(context.getBean(SpanFactory.class)).isInstanceOf(OpenTelemetrySpanFactory.class));
    }
}

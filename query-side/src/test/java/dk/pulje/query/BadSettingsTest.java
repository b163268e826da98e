package dk.pulje.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A setting its record refuses stops the app at start, naming the setting, its value and what it must be. */
@ExtendWith(OutputCaptureExtension.class)
class BadSettingsTest {

    @Test
    void a_negative_interval_stops_the_start_with_a_message_that_names_the_setting(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(
                        QuerySideApplication.class,
                        "--spring.profiles.active=embedded,demo",
                        "--spring.datasource.url=jdbc:h2:mem:pulje-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--server.port=0",
                        "--spring.jmx.enabled=false",
                        "--pulje.projections.share-interval=-5s"))
                .hasStackTraceContaining("pulje.projections");
        assertThat(output)
                .contains(
                        "APPLICATION FAILED TO START",
                        "Binding to target dk.pulje.query.infra.ProjectionSettings failed",
                        "Origin: \"pulje.projections.share-interval\" from property source \"commandLineArgs\"",
                        "Reason: must be longer than or equal to 1 milli");
    }
}

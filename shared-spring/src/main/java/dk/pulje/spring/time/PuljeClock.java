package dk.pulje.spring.time;

import dk.pulje.shared.common.Deadline;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Each app's one {@link Clock}, in Copenhagen time, which everything that asks the time is given: real time, or with
 * {@code pulje.clock.adjustable=true} (demos and end-to-end runs only) an {@link AdjustableClock} that starts at
 * {@code pulje.clock.start} and is moved forward through {@code POST /admin/clock}. Both apps are moved alike, so
 * the query side's upcoming deadlines, reminders and dashboard follow the command side's decisions through a demo.
 * This is the only place that reads the system clock.
 */
@AutoConfiguration
@EnableConfigurationProperties(ClockSettings.class)
public class PuljeClock {

    @Bean
    @ConditionalOnBooleanProperty(name = "pulje.clock.adjustable", havingValue = false, matchIfMissing = true)
    Clock clock() {
        return Clock.system(Deadline.COPENHAGEN);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("pulje.clock.adjustable")
    @Import(ClockController.class)
    static class Adjustable {

        @Bean
        AdjustableClock adjustableClock(ClockSettings settings) {
            return new AdjustableClock(Clock.system(Deadline.COPENHAGEN), settings.start());
        }
    }
}

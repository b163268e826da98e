package dk.pulje.command.simulation;

import dk.pulje.shared.common.Deadline;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Instant;

/**
 * With {@code pulje.clock.adjustable=true} (demos and end-to-end runs only) Pulje's clock starts at
 * {@code pulje.clock.start} and is moved forward through {@code POST /admin/clock}. Events are stamped by the
 * same clock, so the audit trail's times agree with the decisions'.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("pulje.clock.adjustable")
class SimulatedTime {

    @Bean
    AdjustableClock adjustableClock(@Value("${pulje.clock.start:#{null}}") Instant start) {
        AdjustableClock clock = new AdjustableClock(Clock.system(Deadline.COPENHAGEN), start);
        GenericEventMessage.clock = clock;
        return clock;
    }
}

package dk.pulje.command.simulation;

import dk.pulje.spring.time.AdjustableClock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code pulje.clock.adjustable=true} (demos and end-to-end runs only) the command side's events and deadline
 * messages are stamped by the adjustable clock too, so the audit trail's times agree with the decisions'.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("pulje.clock.adjustable")
class SimulatedTime {

    SimulatedTime(AdjustableClock clock) {
        GenericEventMessage.clock = clock;
    }
}

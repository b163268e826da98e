package dk.pulje.command.infra;

import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.GrantAwarded;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * What the grant system does, as Prometheus sees it: applications submitted ({@code pulje_applications_submitted})
 * and money awarded in kroner ({@code pulje_awarded_kroner}). Counted once the command's events are committed, so a
 * refused or rolled-back command counts nothing.
 */
@Component
class DomainMetrics {

    DomainMetrics(EventStore eventStore, MeterRegistry meters) {
        Counter submitted = Counter.builder("pulje.applications.submitted")
                .description("Applications submitted").register(meters);
        Counter awarded = Counter.builder("pulje.awarded.kroner")
                .description("Money awarded, in kroner").baseUnit("kroner").register(meters);
        eventStore.registerDispatchInterceptor(messages -> (index, message) -> {
            Object payload = message.getPayload();
            Runnable count = payload instanceof ApplicationSubmitted ? submitted::increment
                    : payload instanceof GrantAwarded award ? () -> awarded.increment(award.amount().kroner().doubleValue())
                    : null;
            if (count != null) {
                CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> count.run()));
            }
            return message;
        });
    }
}

package dk.pulje.command.infra;

import dk.pulje.shared.application.ApplicationRejected;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ApplicationWithdrawn;
import dk.pulje.shared.application.GrantAwarded;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.DisbursementRecorded;
import dk.pulje.shared.grant.RepaymentReceived;
import dk.pulje.shared.pool.PoolPublished;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * What the grant system does, as Prometheus sees it: pools published, applications submitted, rejected and
 * withdrawn, grants awarded ({@code pulje_pools_published}, {@code pulje_applications_submitted}, {@code
 * pulje_applications_rejected}, {@code pulje_applications_withdrawn}, {@code pulje_grants_awarded}), and money
 * awarded, paid and repaid in kroner ({@code pulje_awarded_kroner}, {@code pulje_paid_kroner},
 * {@code pulje_repaid_kroner}). Counted once the command's events are committed, so a refused or rolled-back
 * command counts nothing.
 */
@Component
class DomainMetrics {

    DomainMetrics(EventStore eventStore, MeterRegistry meters) {
        Counter submitted = Counter.builder("pulje.applications.submitted")
                .description("Applications submitted")
                .register(meters);
        Counter awarded = Counter.builder("pulje.awarded.kroner")
                .description("Money awarded, in kroner")
                .baseUnit("kroner")
                .register(meters);
        Counter paid = Counter.builder("pulje.paid.kroner")
                .description("Money paid out on grants, in kroner")
                .baseUnit("kroner")
                .register(meters);
        Counter repaid = Counter.builder("pulje.repaid.kroner")
                .description("Money paid back on repayment claims, in kroner")
                .baseUnit("kroner")
                .register(meters);
        Counter published = Counter.builder("pulje.pools.published")
                .description("Pools published")
                .register(meters);
        Counter awards = Counter.builder("pulje.grants.awarded")
                .description("Grants awarded")
                .register(meters);
        Counter rejected = Counter.builder("pulje.applications.rejected")
                .description("Applications rejected")
                .register(meters);
        Counter withdrawn = Counter.builder("pulje.applications.withdrawn")
                .description("Applications withdrawn by their applicants")
                .register(meters);
        eventStore.registerDispatchInterceptor(messages -> (index, message) -> {
            Object payload = message.getPayload();
            Runnable count = payload instanceof ApplicationSubmitted
                    ? submitted::increment
                    : payload instanceof GrantAwarded award
                            ? () -> {
                                awards.increment();
                                awarded.increment(kroner(award.amount()));
                            }
                            : payload instanceof ApplicationRejected
                                    ? rejected::increment
                                    : payload instanceof ApplicationWithdrawn
                                            ? withdrawn::increment
                                            : payload instanceof PoolPublished
                                                    ? published::increment
                                                    : payload instanceof DisbursementRecorded payment
                                                            ? () -> paid.increment(kroner(payment.amount()))
                                                            : payload instanceof RepaymentReceived repayment
                                                                    ? () -> repaid.increment(kroner(repayment.amount()))
                                                                    : null;
            if (count != null) {
                CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> count.run()));
            }
            return message;
        });
    }

    private static double kroner(Money amount) {
        return amount.kroner().doubleValue();
    }
}

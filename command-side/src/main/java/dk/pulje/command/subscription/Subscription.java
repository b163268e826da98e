package dk.pulje.command.subscription;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.subscription.Subscribe;
import dk.pulje.shared.subscription.Subscribed;
import dk.pulje.shared.subscription.Unsubscribe;
import dk.pulje.shared.subscription.Unsubscribed;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** An organisation's subscription to news of pools: started, changed and ended by the organisation itself. */
@Aggregate(cache = "subscriptionCache")
class Subscription {

    @AggregateIdentifier
    private String subscriptionId;

    private boolean active;

    Subscription() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(Subscribe command, Clock clock) {
        apply(new Subscribed(
                command.subscriptionId(),
                command.actor().organisation(),
                command.recipient(),
                command.applicantKinds(),
                command.topics(),
                Decision.by(command.actor(), clock.instant(), null),
                command.language()));
    }

    @CommandHandler
    void handle(Unsubscribe command, Clock clock) {
        if (!active) {
            throw new NotSubscribed(command.actor().organisation() + " has no subscription");
        }
        apply(new Unsubscribed(
                subscriptionId,
                command.actor().organisation(),
                Decision.by(command.actor(), clock.instant(), command.reason())));
    }

    private static void apply(Object event) {
        org.axonframework.modelling.command.AggregateLifecycle.apply(event);
    }

    @EventSourcingHandler
    void on(Subscribed event) {
        subscriptionId = event.subscriptionId();
        active = true;
    }

    @EventSourcingHandler
    void on(Unsubscribed event) {
        active = false;
    }
}

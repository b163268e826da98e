package dk.pulje.query.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code pulje_notifications{status}}: the outbox's e-mails pending, sent and given up. */
@Component
class NotificationMetrics implements MeterBinder {

    private final Outbox outbox;

    NotificationMetrics(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : new String[] {Outbox.PENDING, Outbox.SENT, Outbox.FAILED}) {
            Gauge.builder(
                            "pulje.notifications",
                            outbox,
                            box -> box.countsByStatus().get(status))
                    .tag("status", status.toLowerCase(java.util.Locale.ROOT))
                    .description("E-mails in the outbox by status")
                    .register(registry);
        }
    }
}

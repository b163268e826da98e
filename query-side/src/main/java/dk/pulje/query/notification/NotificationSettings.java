package dk.pulje.query.notification;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled         {@code false}: e-mails are written to the outbox but not sent
 * @param from            the sender of every e-mail
 * @param maxAttempts     tries of an e-mail before it is given up as failed
 * @param maxAge          an event older than this when it is handled tells no one (a new deployment reading an old
 *                        store)
 * @param publicUrl       where the links in e-mails point
 * @param pollingInterval how often the outbox is looked at for e-mails to send
 */
@Validated
@ConfigurationProperties("pulje.notifications")
record NotificationSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("Pulje <pulje@localhost>") String from,
        @DefaultValue("10") @Min(1) int maxAttempts,
        @DefaultValue("2d") @DurationMin(millis = 1) Duration maxAge,
        @DefaultValue("http://localhost:8082") String publicUrl,
        @DefaultValue("2s") @DurationMin(millis = 1) Duration pollingInterval) {}

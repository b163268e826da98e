package dk.pulje.query.infra;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param fetchDelay how often the query side polls the event store for the command side's new events (Axon's
 *                   default is a second); a page shows an accepted command within about this
 */
@Validated
@ConfigurationProperties("pulje.event-store")
record EventStoreSettings(
        @DefaultValue("100ms") @DurationMin(millis = 1) Duration fetchDelay) {}

package dk.pulje.command.deadline;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pollingInterval how often the deadline scheduler looks for deadlines that have come (round closings,
 *                        acceptance, reports)
 * @param fire            {@code false}: the node schedules deadlines but leaves firing them to other nodes
 * @param retryAfter      how long after a deadline failed to fire (the event store out of reach: the database or
 *                        Axon Server) it is tried again
 */
@Validated
@ConfigurationProperties("pulje.deadlines")
record DeadlineSettings(
        @DefaultValue("1s") @DurationMin(millis = 1) Duration pollingInterval,
        @DefaultValue("true") boolean fire,
        @DefaultValue("30s") @DurationMin(millis = 1) Duration retryAfter) {}

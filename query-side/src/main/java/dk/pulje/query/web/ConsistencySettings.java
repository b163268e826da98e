package dk.pulje.query.web;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a request with a consistency token may wait for the projections ({@code maxWait}), and how often it
 * looks at their progress meanwhile ({@code pollInterval}).
 */
@Validated
@ConfigurationProperties("pulje.consistency")
public record ConsistencySettings(
        @DefaultValue("5s") @DurationMin(millis = 0) Duration maxWait,
        @DefaultValue("25ms") @DurationMin(millis = 1) Duration pollInterval) {}

package dk.pulje.query.infra;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param shareInterval how often a node notes itself in {@code query_node} and gives up the segments it holds beyond
 *                      its fair share
 */
@Validated
@ConfigurationProperties("pulje.projections")
record ProjectionSettings(
        @DefaultValue("5s") @DurationMin(millis = 1) Duration shareInterval) {}

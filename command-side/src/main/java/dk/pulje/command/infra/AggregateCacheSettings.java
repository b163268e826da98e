package dk.pulje.command.infra;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many aggregates of each type a command node keeps in memory between commands, and for how long one that is
 * not used is kept.
 *
 * @param size at most this many of each type (0 keeps none)
 * @param idle an aggregate not used for this long is dropped
 */
@Validated
@ConfigurationProperties("pulje.aggregates.cache")
public record AggregateCacheSettings(
        @DefaultValue("1000") @Min(0) int size,
        @DefaultValue("10m") Duration idle) {}

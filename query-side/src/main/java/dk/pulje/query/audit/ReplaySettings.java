package dk.pulje.query.audit;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param replayPollInterval how often a node looks in {@code projection_replay} for replays asked for on any node
 * @param replayTimeout      how long a replay may wait for the other nodes to give up the projection's segments
 *                           before it fails and every node runs the projection on as it was
 */
@Validated
@ConfigurationProperties("pulje.projections")
record ReplaySettings(
        @DefaultValue("2s") @DurationMin(millis = 1) Duration replayPollInterval,
        @DefaultValue("2m") @DurationMin(millis = 1) Duration replayTimeout) {}

package dk.pulje.query.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a request with a consistency token may wait for the projections ({@code maxWait}), and how often it
 * looks at their progress meanwhile ({@code pollInterval}).
 */
@ConfigurationProperties("pulje.consistency")
public record ConsistencySettings(Duration maxWait, Duration pollInterval) {

    public ConsistencySettings {
        maxWait = maxWait == null ? Duration.ofSeconds(5) : maxWait;
        pollInterval = pollInterval == null ? Duration.ofMillis(25) : pollInterval;
    }
}

package dk.pulje.query.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How often the dashboard looks whether the read models changed ({@code pollInterval}; one look serves every open
 * page), how often an idle live connection is kept alive ({@code heartbeat}) and how long one lasts before the
 * browser reconnects ({@code connectionTimeout}).
 */
@ConfigurationProperties("pulje.dashboard")
public record DashboardSettings(Duration pollInterval, Duration heartbeat, Duration connectionTimeout) {

    public DashboardSettings {
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        heartbeat = heartbeat == null ? Duration.ofSeconds(20) : heartbeat;
        connectionTimeout = connectionTimeout == null ? Duration.ofMinutes(10) : connectionTimeout;
    }
}

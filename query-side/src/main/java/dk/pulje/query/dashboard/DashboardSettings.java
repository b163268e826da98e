package dk.pulje.query.dashboard;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often the dashboard looks whether the read models changed ({@code pollInterval}; one look serves every open
 * page), how often an idle live connection is kept alive ({@code heartbeat}) and how long one lasts before the
 * browser reconnects ({@code connectionTimeout}).
 */
@Validated
@ConfigurationProperties("pulje.dashboard")
public record DashboardSettings(
        @DefaultValue("200ms") @DurationMin(millis = 1) Duration pollInterval,
        @DefaultValue("20s") @DurationMin(millis = 1) Duration heartbeat,
        @DefaultValue("10m") @DurationMin(millis = 1) Duration connectionTimeout) {}

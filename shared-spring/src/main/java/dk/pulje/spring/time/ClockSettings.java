package dk.pulje.spring.time;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Real time, unless {@code adjustable} (demos and end-to-end runs only): then the clock starts at {@code start} (now
 * when left out) and is moved forward through {@code POST /admin/clock}.
 */
@ConfigurationProperties("pulje.clock")
public record ClockSettings(boolean adjustable, Instant start) {}

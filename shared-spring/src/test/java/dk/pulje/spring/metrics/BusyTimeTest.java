package dk.pulje.spring.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MockClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BusyTimeTest {

    private final MockClock clock = new MockClock();
    private final BusyTime busy = new BusyTime(Duration.ofSeconds(10), clock);

    @Test
    void sumsTheWorkOfTheWindow() {
        busy.add(Duration.ofSeconds(1).toNanos());
        clock.add(Duration.ofSeconds(3));
        busy.add(Duration.ofMillis(500).toNanos());
        busy.add(Duration.ofMillis(500).toNanos());

        assertThat(busy.share()).isCloseTo(0.2, within(0.0001));
    }

    @Test
    void forgetsWorkOlderThanTheWindow() {
        busy.add(Duration.ofSeconds(2).toNanos());
        clock.add(Duration.ofSeconds(5));
        busy.add(Duration.ofSeconds(1).toNanos());
        clock.add(Duration.ofMillis(5_500));

        assertThat(busy.share()).isCloseTo(0.1, within(0.0001));

        clock.add(Duration.ofSeconds(5));
        assertThat(busy.share()).isZero();
    }

    @Test
    void aBucketUsedAgainStartsFromNothing() {
        busy.add(Duration.ofSeconds(4).toNanos());
        clock.add(Duration.ofSeconds(10));
        busy.add(Duration.ofSeconds(1).toNanos());

        assertThat(busy.share()).isCloseTo(0.1, within(0.0001));
    }
}

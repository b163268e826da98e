package dk.pulje.spring.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real time plus an offset that only grows: lets a demo or an end-to-end run live through a pool's years in
 * minutes, with deadlines firing as they come due. Used only when {@code pulje.clock.adjustable=true}.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset;

    public AdjustableClock(Clock system, Instant start) {
        this.system = system;
        this.offset = new AtomicReference<>(start == null ? Duration.ZERO : Duration.between(system.instant(), start));
    }

    /** Moves the clock forward to {@code target}; never back, since what happened stays in the past. */
    public Instant moveTo(Instant target) {
        Instant now = instant();
        if (target.isBefore(now)) {
            throw new ClockMovedBack("The clock shows " + now + "; it moves forward only, not to " + target);
        }
        offset.set(Duration.between(system.instant(), target));
        return target;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Pulje's clock keeps its zone");
    }
}

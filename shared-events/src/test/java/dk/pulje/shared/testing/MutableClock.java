package dk.pulje.shared.testing;

import dk.pulje.shared.common.Deadline;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests set to the second they need, e.g. one second before a deadline. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    /** Sets the time as Copenhagen shows it, e.g. {@code "2017-03-24T11:59:59"}. */
    public void setCopenhagen(String localDateTime) {
        now = LocalDateTime.parse(localDateTime).atZone(Deadline.COPENHAGEN).toInstant();
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return Deadline.COPENHAGEN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}

package dk.pulje.shared.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A deadline as the agency announces it: a date and time of day in Copenhagen ("24 March 2017 at 12:00").
 * An application is in time when it arrives strictly before {@link #instant()}.
 */
public record Deadline(LocalDateTime local) implements Comparable<Deadline> {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    public Deadline {
        if (local == null) {
            throw new InvalidValue("deadline.missing", "A deadline is required");
        }
        local = local.withNano(0);
    }

    @JsonCreator
    public static Deadline of(String isoLocalDateTime) {
        try {
            return new Deadline(LocalDateTime.parse(isoLocalDateTime));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValue(
                    "deadline.format",
                    "A deadline is a local date-time in Copenhagen, e.g. 2017-03-24T12:00: " + isoLocalDateTime);
        }
    }

    public Instant instant() {
        return local.atZone(COPENHAGEN).toInstant();
    }

    public boolean hasPassedAt(Instant now) {
        return !now.isBefore(instant());
    }

    @Override
    public int compareTo(Deadline other) {
        return local.compareTo(other.local);
    }

    /** Always with seconds, e.g. {@code 2017-03-24T12:00:00}, like every other local date-time Pulje writes. */
    @JsonValue
    @Override
    public String toString() {
        return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}

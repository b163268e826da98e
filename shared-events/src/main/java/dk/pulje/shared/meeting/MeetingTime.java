package dk.pulje.shared.meeting;

import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When and where a meeting is held: a day, a time span in Copenhagen time and a place. An announcement that gives
 * no hours leaves both out.
 */
public record MeetingTime(LocalDate date, LocalTime starts, LocalTime ends, String place) {

    public MeetingTime {
        if (date == null) {
            throw new InvalidValue("meeting.time", "A meeting has a date");
        }
        if ((starts == null) != (ends == null) || (starts != null && !ends.isAfter(starts))) {
            throw new InvalidValue("meeting.time", "A meeting gives no hours, or a start and a later end");
        }
        place = Text.required(place, "A meeting's place", 300);
    }

    /** The instant the meeting ends (its day's end when no hours are given); no one registers after it. */
    public Instant endsAt() {
        return (ends == null ? date.plusDays(1).atStartOfDay() : date.atTime(ends))
                .atZone(Deadline.COPENHAGEN)
                .toInstant();
    }
}

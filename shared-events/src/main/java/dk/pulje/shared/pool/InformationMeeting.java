package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An information meeting (informationsmøde) before a round, in Copenhagen local time. Announcements do not
 * always give the hours, so {@code starts} and {@code ends} are both given or both left out.
 */
public record InformationMeeting(LocalDate date, LocalTime starts, LocalTime ends, String place) {

    public InformationMeeting {
        if (date == null) {
            throw new InvalidValue("meeting.date", "A meeting has a date");
        }
        if ((starts == null) != (ends == null) || (starts != null && !ends.isAfter(starts))) {
            throw new InvalidValue("meeting.time", "A meeting gives no hours, or a start and a later end");
        }
        place = Text.required(place, "A meeting's place", 300);
    }
}

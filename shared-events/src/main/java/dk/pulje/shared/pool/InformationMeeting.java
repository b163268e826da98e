package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;

import java.time.LocalDateTime;

/** An information meeting (informationsmøde) before a round, in Copenhagen local time. */
public record InformationMeeting(LocalDateTime starts, LocalDateTime ends, String place) {

    public InformationMeeting {
        if (starts == null || ends == null || !ends.isAfter(starts)) {
            throw new InvalidValue("meeting.time", "A meeting has a start and an end after it");
        }
        place = Text.required(place, "A meeting's place", 300);
    }
}

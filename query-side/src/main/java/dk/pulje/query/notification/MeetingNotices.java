package dk.pulje.query.notification;

import dk.pulje.shared.meeting.MeetingTime;
import java.util.List;

/** What those registered for an information meeting are told when it moves or is cancelled. */
final class MeetingNotices {

    private MeetingNotices() {}

    static Letter moved(MeetingTime before, MeetingTime after, String reason, String link) {
        return Letter.of(
                "moved",
                say -> List.of(say.day(after.date())),
                "now",
                after,
                "before",
                before,
                "reason",
                reason,
                "link",
                link);
    }

    static Letter cancelled(MeetingTime time, String reason, String link) {
        return Letter.of(
                "cancelled", say -> List.of(say.day(time.date())), "time", time, "reason", reason, "link", link);
    }
}

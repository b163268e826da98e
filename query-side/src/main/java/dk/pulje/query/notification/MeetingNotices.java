package dk.pulje.query.notification;

import dk.pulje.shared.meeting.MeetingTime;

/** What those registered for an information meeting are told when it moves or is cancelled. */
final class MeetingNotices {

    private MeetingNotices() {
    }

    static String changedSubject(MeetingTime time) {
        return "Informationsmødet er flyttet til " + DanishText.day(time.date());
    }

    static String changed(MeetingTime before, MeetingTime after, String reason, String link) {
        return "Informationsmødet, du er tilmeldt, er flyttet.\n\n"
                + "Nu: " + when(after) + "\n"
                + "Før: " + when(before) + "\n"
                + (reason == null ? "" : "Årsag: " + reason + "\n")
                + "\nLæs mere: " + link + "\n";
    }

    static String cancelledSubject(MeetingTime time) {
        return "Informationsmødet " + DanishText.day(time.date()) + " er aflyst";
    }

    static String cancelled(MeetingTime time, String reason, String link) {
        return "Informationsmødet, du er tilmeldt, " + when(time) + ", er aflyst.\n"
                + (reason == null ? "" : "Årsag: " + reason + "\n")
                + "\nLæs mere: " + link + "\n";
    }

    private static String when(MeetingTime time) {
        return DanishText.day(time.date()) + DanishText.hours(time.starts(), time.ends()) + ", " + time.place();
    }
}

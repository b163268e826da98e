package dk.pulje.query.notification;

import java.time.LocalDate;

/** What a grantee's contact person is told of the grant's reports: one falls due soon, or one is overdue. */
final class GrantNotices {

    private GrantNotices() {
    }

    static String reminderSubject(String reportId, LocalDate dueOn) {
        return "Påmindelse: rapporten " + reportId + " skal indsendes senest " + DanishText.day(dueOn);
    }

    static String reminder(String project, String reportId, LocalDate dueOn, int daysBefore, String link) {
        return "Rapporten " + reportId + " for " + project + " skal indsendes senest " + DanishText.day(dueOn)
                + ", om " + daysBefore + (daysBefore == 1 ? " dag" : " dage") + ".\n\n"
                + "Indtil en forsinket rapport er modtaget og godkendt, holdes udbetalinger af tilskuddet tilbage.\n\n"
                + "Se tilskuddet: " + link + "\n\n" + FOOTER;
    }

    static String overdueSubject(String reportId) {
        return "Rapporten " + reportId + " er ikke modtaget: udbetalinger holdes tilbage";
    }

    static String overdue(String project, String reportId, LocalDate dueOn, String link) {
        return "Rapporten " + reportId + " for " + project + " skulle være indsendt senest " + DanishText.day(dueOn)
                + ".\n\n"
                + "Udbetalinger af tilskuddet holdes tilbage, til rapporten er modtaget og godkendt.\n\n"
                + "Se tilskuddet: " + link + "\n\n" + FOOTER;
    }

    private static final String FOOTER = "Du får denne e-mail som kontaktperson på ansøgningen.";
}

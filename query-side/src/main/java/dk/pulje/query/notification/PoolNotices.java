package dk.pulje.query.notification;

import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ApplicantKind;

import java.util.Set;

/** What subscribers are told of a pool: that it is published, and that a round closes in a week. */
final class PoolNotices {

    private PoolNotices() {
    }

    static String publishedSubject(String title) {
        return "Ny pulje: " + title;
    }

    static String published(String title, Money budget, Set<ApplicantKind> kinds, Deadline deadline, String link,
                            String organisation) {
        return title + " er slået op.\n\n"
                + "Beløb: " + DanishText.kroner(budget) + "\n"
                + "Kan søges af: " + DanishText.kinds(kinds) + "\n"
                + "Ansøgningsfrist: " + DanishText.deadline(deadline) + "\n\n"
                + "Læs mere: " + link + "\n\n"
                + footer(organisation);
    }

    static String approachingSubject(String title) {
        return "Ansøgningsfristen er om 7 dage: " + title;
    }

    static String approaching(String title, int round, Deadline deadline, String link, String organisation) {
        return "Ansøgningsfristen for " + title + (round > 1 ? " (runde " + round + ")" : "") + " er "
                + DanishText.deadline(deadline) + ", om 7 dage.\n\n"
                + "Læs mere: " + link + "\n\n"
                + footer(organisation);
    }

    private static String footer(String organisation) {
        return "Du får denne e-mail, fordi " + organisation + " abonnerer på nye puljer i Pulje. "
                + "Abonnementet ændres eller opsiges i Pulje.";
    }
}

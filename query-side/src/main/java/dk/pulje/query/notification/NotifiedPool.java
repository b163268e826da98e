package dk.pulje.query.notification;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.Round;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A pool as its notices need it: what it is called (as published, and in the languages it was translated into), the
 * text subscribers' topics are looked for in, whom it is for.
 */
record NotifiedPool(
        String title,
        Map<String, String> translatedTitles,
        String searchable,
        Money budget,
        Set<ApplicantKind> kinds,
        List<Round> rounds) {

    /** The title in the reader's language where the pool has it, else as published. */
    String title(Locale language) {
        return translatedTitles.getOrDefault(language.getLanguage(), title);
    }
}

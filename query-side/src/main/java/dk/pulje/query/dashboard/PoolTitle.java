package dk.pulje.query.dashboard;

import dk.pulje.shared.pool.PoolTerms;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pool's title as published and its translations, so one set of figures serves readers of every language: a page
 * shows {@code in(locale)}.
 */
public record PoolTitle(String published, Map<String, String> translations) {

    public static PoolTitle of(PoolTerms terms) {
        Map<String, String> translated = new TreeMap<>();
        terms.translations().forEach((language, text) -> translated.put(language, text.title()));
        return new PoolTitle(terms.title(), translated);
    }

    public String in(Locale locale) {
        return translations.getOrDefault(locale.getLanguage(), published);
    }

    @Override
    public String toString() {
        return published;
    }
}

package dk.pulje.shared.common;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A short text's translations by two-letter language code (e.g. {@code {"en": "Upskilling of staff"}}), beside the
 * text as published: a category's title, an earmark's purpose, a meeting material's title.
 */
public final class Translations {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private Translations() {}

    /** Whether a translation's key is a two-letter language code. */
    public static boolean isLanguageCode(String language) {
        return language != null && LANGUAGE.matcher(language).matches();
    }

    /** The translations checked like the text itself, sorted by language; empty where there are none. */
    public static Map<String, String> of(Map<String, String> translations, String field, int maxLength) {
        if (translations == null || translations.isEmpty()) {
            return Map.of();
        }
        Map<String, String> checked = new TreeMap<>();
        translations.forEach((language, text) -> {
            if (!isLanguageCode(language)) {
                throw new InvalidValue(
                        "text.language",
                        field + "'s translations are keyed by a two-letter language " + "code, e.g. en");
            }
            checked.put(language, Text.required(text, field + " (" + language + ")", maxLength));
        });
        return Collections.unmodifiableMap(checked);
    }

    /** The text in {@code language} where it has a translation into it, else as published. */
    public static String in(Map<String, String> translations, String language, String published) {
        return translations.getOrDefault(language, published);
    }
}

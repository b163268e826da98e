package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.common.Translations;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One of the purposes a pool funds, e.g. "upskilling of staff". Applications name one by its code. {@code title} is
 * as published (the seed pools' in Danish); {@code translations} hold it in other languages by language code.
 */
public record ActivityCategory(
        String code,
        String title,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> translations) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public ActivityCategory {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValue(
                    "category.code", "A category code is 1–40 lower-case letters, digits or dashes: " + code);
        }
        title = Text.required(title, "A category's title", 300);
        translations = Translations.of(translations, "A category's title", 300);
    }

    /** A category in the language it is published in only. */
    public ActivityCategory(String code, String title) {
        this(code, title, null);
    }

    /** The title in {@code language} where it has a translation into it, else as published. */
    public String titleIn(String language) {
        return Translations.in(translations, language, title);
    }
}

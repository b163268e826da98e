package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.common.Translations;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A question applicants ask about a pool and the agency's answer to it (spørgsmål og svar), as published;
 * {@code translations} hold both in other languages by language code.
 */
public record FaqEntry(
        String question,
        String answer,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, InLanguage> translations) {

    static final int LONGEST_QUESTION = 500;
    static final int LONGEST_ANSWER = 5_000;

    public FaqEntry {
        question = Text.required(question, "A FAQ entry's question", LONGEST_QUESTION);
        answer = Text.required(answer, "A FAQ entry's answer", LONGEST_ANSWER);
        translations = translations == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(translations));
        if (!translations.keySet().stream().allMatch(Translations::isLanguageCode)
                || translations.values().stream().anyMatch(t -> t == null)) {
            throw new InvalidValue(
                    "faq.translations", "A FAQ entry's translations are keyed by a two-letter language code, e.g. en");
        }
    }

    /** An entry in the language it is published in only. */
    public FaqEntry(String question, String answer) {
        this(question, answer, null);
    }

    /** The question and answer in one language. */
    public record InLanguage(String question, String answer) {

        public InLanguage {
            question = Text.required(question, "A FAQ entry's question", LONGEST_QUESTION);
            answer = Text.required(answer, "A FAQ entry's answer", LONGEST_ANSWER);
        }
    }

    /** The entry in {@code language} where it has a translation into it, else as published. */
    public InLanguage in(String language) {
        InLanguage translated = translations.get(language);
        return translated != null ? translated : new InLanguage(question, answer);
    }
}

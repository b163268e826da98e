package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.common.Translations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One question of a pool's application form (ansøgningsskema): asked of every applicant in the pool's words
 * ({@code text}, as published; {@code translations} by language code), answered as its {@code kind} says, and
 * required or not. {@code maxLength} limits a text answer (2,000 characters where not given); {@code choices} are the
 * answers a choice question allows.
 */
public record Question(
        String id,
        QuestionKind kind,
        String text,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> translations,
        boolean required,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxLength,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> choices) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,15}");
    private static final int DEFAULT_LENGTH = 2_000;
    private static final int LONGEST_TEXT = 10_000;

    public Question {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidValue(
                    "question.id", "A question's id is 1–40 lower-case letters, digits or dashes: " + id);
        }
        if (kind == null) {
            throw new InvalidValue("question.kind", "Question " + id + " says what kind of answer it asks for");
        }
        text = Text.required(text, "Question " + id + "'s text", 500);
        translations = Translations.of(translations, "Question " + id + "'s text", 500);
        if (maxLength != null && kind != QuestionKind.TEXT) {
            throw new InvalidValue("question.max-length", "Only a text question has a length limit (" + id + ")");
        }
        if (maxLength != null && (maxLength < 1 || maxLength > LONGEST_TEXT)) {
            throw new InvalidValue(
                    "question.max-length",
                    "A text answer's limit is 1 to " + LONGEST_TEXT + " characters (" + id + ")");
        }
        choices = choices == null
                ? List.of()
                : choices.stream().map(String::strip).toList();
        if (kind == QuestionKind.CHOICE
                && (choices.size() < 2
                        || new HashSet<>(choices).size() != choices.size()
                        || choices.stream().anyMatch(c -> c.isEmpty() || c.length() > 200))) {
            throw new InvalidValue(
                    "question.choices", "A choice question offers two or more different choices (" + id + ")");
        }
        if (kind != QuestionKind.CHOICE && !choices.isEmpty()) {
            throw new InvalidValue("question.choices", "Only a choice question offers choices (" + id + ")");
        }
    }

    /** The question in {@code language} where it has a translation into it, else as published. */
    public String textIn(String language) {
        return Translations.in(translations, language, text);
    }

    /** The longest text answer the question takes. */
    public int longestAnswer() {
        return maxLength == null ? DEFAULT_LENGTH : maxLength;
    }

    /**
     * What is wrong with {@code answer} to this question, if anything; a blank answer is no answer, and only wrong
     * where the question is required.
     */
    public Optional<String> problemWith(String answer) {
        if (answer == null || answer.isBlank()) {
            return required ? Optional.of("Question " + id + " must be answered") : Optional.empty();
        }
        String value = answer.strip();
        boolean fits = switch (kind) {
            case TEXT -> value.length() <= longestAnswer();
            case NUMBER -> WHOLE_NUMBER.matcher(value).matches();
            case AMOUNT -> isAmount(value);
            case DATE -> isDate(value);
            case CHOICE -> choices.contains(value);
            case YES_NO -> value.equals("yes") || value.equals("no");
            case FILE -> value.length() <= 100;
        };
        return fits
                ? Optional.empty()
                : Optional.of("Question " + id + " takes " + expected() + ", not: " + shorten(value));
    }

    private String expected() {
        return switch (kind) {
            case TEXT -> "at most " + longestAnswer() + " characters";
            case NUMBER -> "a whole number";
            case AMOUNT -> "an amount in kroner, e.g. 125000.50";
            case DATE -> "a date, yyyy-mm-dd";
            case CHOICE -> "one of " + choices;
            case YES_NO -> "yes or no";
            case FILE -> "an attachment's document id";
        };
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static boolean isAmount(String value) {
        try {
            Money.of(value);
            return true;
        } catch (RuntimeException notAnAmount) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }
}

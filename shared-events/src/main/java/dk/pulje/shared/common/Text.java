package dk.pulje.shared.common;

/** Checks for the short texts of the published language: titles, names, places. */
public final class Text {

    private Text() {}

    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("text.missing", field + " is required");
        }
        return optional(value, field, maxLength);
    }

    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidValue("text.too-long", field + " has at most " + maxLength + " characters");
        }
        return value.strip();
    }
}

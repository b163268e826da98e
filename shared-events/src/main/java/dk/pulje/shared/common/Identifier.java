package dk.pulje.shared.common;

import java.util.UUID;
import java.util.regex.Pattern;

/** The common shape of Pulje's typed ids: 1–64 letters, digits or dashes, so they are safe in URLs. */
public final class Identifier {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    private Identifier() {}

    public static String require(String value, String kind) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("id.format", kind + " is 1–64 letters, digits or dashes: " + value);
        }
        return value;
    }

    public static String random() {
        return UUID.randomUUID().toString();
    }
}

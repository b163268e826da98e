package dk.pulje.query.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one e-mail tells, before it is written in its reader's language: its {@code kind} names its templates
 * ({@code mail/<kind>.txt} and {@code .html}) and its texts ({@code mail.<kind>.*} in {@code messages/mail}); the
 * {@code facts} are what the templates show, and {@code subject} gives the subject's arguments in the reader's words.
 * Only what the e-mail needs goes in: never the recipient's name or address.
 */
record Letter(String kind, Map<String, Object> facts, Function<Wording, List<Object>> subject) {

    /** A letter of the kind with the facts given as name, value, name, value … (a value may be null). */
    static Letter of(String kind, Function<Wording, List<Object>> subject, Object... facts) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < facts.length; i += 2) {
            named.put((String) facts[i], facts[i + 1]);
        }
        return new Letter(kind, Collections.unmodifiableMap(named), subject);
    }
}

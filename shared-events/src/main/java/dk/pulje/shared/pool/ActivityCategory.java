package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;

/** One of the purposes a pool funds, e.g. "upskilling of staff". Applications name one by its code. */
public record ActivityCategory(String code, String title) {

    public ActivityCategory {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidValue("category.code", "A category code is 1–40 lower-case letters, digits or dashes: " + code);
        }
        title = Text.required(title, "A category's title", 300);
    }
}

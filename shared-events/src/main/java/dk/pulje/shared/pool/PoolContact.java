package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import java.util.regex.Pattern;

/**
 * Whom applicants ask about a pool, as the agency publishes it: a person's {@code name} and/or the {@code unit} they
 * work in (a centre, an office), at least one of the two, and where given an {@code email} and a Danish
 * {@code phone} (eight digits, spaced as written, with or without +45). A named person is personal data of the
 * agency's staff, published on purpose as the pool's work contact and kept, unsealed, in the pool's events (unlike
 * an applicant's {@code ContactPerson}); an amendment replaces it, and a unit with a shared mailbox is the contact
 * that outlives staff changes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PoolContact(String name, String unit, String email, String phone) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DANISH_PHONE = Pattern.compile("(\\+45|0045)?[0-9]{8}");

    public PoolContact {
        name = Text.optional(name, "A pool contact's name", 200);
        unit = Text.optional(unit, "A pool contact's unit", 200);
        if (name == null && unit == null) {
            throw new InvalidValue("pool.contact", "A pool's contact names a person or a unit");
        }
        email = Text.optional(email, "A pool contact's e-mail", 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidValue("pool.contact-email", "Not an e-mail address: " + email);
        }
        phone = Text.optional(phone, "A pool contact's phone", 30);
        if (phone != null && !DANISH_PHONE.matcher(phone.replaceAll("[ -]", "")).matches()) {
            throw new InvalidValue(
                    "pool.contact-phone", "Not a Danish phone number (eight digits, optionally after +45): " + phone);
        }
    }
}

package dk.pulje.shared.application;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;

/** The applicant's contact person. Personal data: shown only to staff, never on dashboards. */
public record ContactPerson(String name, String email, String phone) {

    public ContactPerson {
        name = Text.required(name, "A contact person's name", 200);
        email = Text.required(email, "A contact person's e-mail", 254);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValue("contact.email", "Not an e-mail address: " + email);
        }
        phone = Text.optional(phone, "A contact person's phone", 30);
    }
}

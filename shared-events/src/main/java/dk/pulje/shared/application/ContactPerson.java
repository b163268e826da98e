package dk.pulje.shared.application;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.personal.PersonalData;
import java.util.regex.Pattern;

/**
 * The applicant's contact person. Personal data: shown only to staff, never on dashboards, and sealed in every
 * stored event with a key of the person's own (see {@code dk.pulje.shared.personal}). {@code subject} is that
 * key's pseudonymous id, known once the person was stored; a client never sets it. An erased person keeps only
 * the subject: name {@value #ERASED_NAME}, no e-mail, no phone; a person read where no key may be used (an audit
 * package checked offline) likewise shows {@value #SEALED_NAME}.
 */
public record ContactPerson(String name, String email, String phone, String subject) implements PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static final String ERASED_NAME = "(slettet)";
    public static final String SEALED_NAME = "(forseglet)";

    public ContactPerson {
        boolean unreadable = (ERASED_NAME.equals(name) || SEALED_NAME.equals(name)) && email == null && phone == null;
        if (!unreadable) {
            name = Text.required(name, "A contact person's name", 200);
            email = Text.required(email, "A contact person's e-mail", 254);
            if (!EMAIL.matcher(email).matches()) {
                throw new InvalidValue("contact.email", "Not an e-mail address: " + email);
            }
            phone = Text.optional(phone, "A contact person's phone", 30);
        }
        subject = subject == null || subject.isBlank() ? null : subject;
    }

    public ContactPerson(String name, String email, String phone) {
        this(name, email, phone, null);
    }

    /** What a stored event shows of a person whose key was erased. */
    public static ContactPerson erased(String subject) {
        return new ContactPerson(ERASED_NAME, null, null, subject);
    }

    /** What a stored event shows of a person when it is read without keys. */
    public static ContactPerson sealed(String subject) {
        return new ContactPerson(SEALED_NAME, null, null, subject);
    }

    /** True when the person cannot be read here: erased, or read without keys. */
    @Override
    public boolean isErased() {
        return email == null;
    }

    /** The contact a command may carry: given, not an erased one, and without a subject of the client's choosing. */
    public static ContactPerson required(ContactPerson contact, String what) {
        if (contact == null || contact.isErased()) {
            throw new InvalidValue("contact.required", what + " names a contact person with a name and an e-mail");
        }
        return new ContactPerson(contact.name(), contact.email(), contact.phone());
    }
}

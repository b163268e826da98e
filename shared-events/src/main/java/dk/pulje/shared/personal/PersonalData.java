package dk.pulje.shared.personal;

/**
 * A value that shows a living person: a contact person, a meeting's attendee, an e-mail's recipient. Whatever the
 * field or answer it sits in, an answer that shows one is a read of personal data and is logged by the person's
 * {@link #subject}; an erased person shows nothing of them and is not.
 */
public interface PersonalData {

    /** The pseudonymous id of the person's key; null for a person stored before sealing. */
    String subject();

    /** True when nothing of the person is left to show: erased, or read without their key. */
    boolean isErased();
}

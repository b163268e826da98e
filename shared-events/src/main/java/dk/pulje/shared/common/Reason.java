package dk.pulje.shared.common;

/** Checks the free-text reasons that decisions carry. */
public final class Reason {

    public static final int MAX_LENGTH = 2000;

    private Reason() {}

    /** A reason that must be given, e.g. for a rejection or an amendment. */
    public static String required(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue("reason.missing", what + " needs a reason");
        }
        return optional(reason);
    }

    public static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.length() > MAX_LENGTH) {
            throw new InvalidValue("reason.too-long", "A reason has at most " + MAX_LENGTH + " characters");
        }
        return reason.strip();
    }
}

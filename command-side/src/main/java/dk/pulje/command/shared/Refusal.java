package dk.pulje.command.shared;

/**
 * A command refused by a business rule, before any event. {@code slug} names the rule and becomes the
 * stable problem type {@code /problems/{slug}}; the message is the human detail.
 */
public abstract class Refusal extends RuntimeException {

    public enum Kind {
        NOT_FOUND,
        CONFLICT,
        FORBIDDEN
    }

    private final String slug;
    private final Kind kind;

    protected Refusal(String slug, Kind kind, String detail) {
        super(detail, null, false, false);
        this.slug = slug;
        this.kind = kind;
    }

    public String slug() {
        return slug;
    }

    public Kind kind() {
        return kind;
    }
}

package dk.pulje.query.web;

/**
 * An applicant asked for another organisation's application or grant: answered 403 with the problem type the
 * command side uses for the same, {@code /problems/not-your-application} or {@code /problems/not-your-grant}.
 */
public class NotYours extends RuntimeException {

    private final String slug;

    private NotYours(String slug, String detail) {
        super(detail, null, false, false);
        this.slug = slug;
    }

    public static NotYours application(String detail) {
        return new NotYours("not-your-application", detail);
    }

    public static NotYours grant(String detail) {
        return new NotYours("not-your-grant", detail);
    }

    String slug() {
        return slug;
    }
}

package dk.pulje.query.web;

/** The id in the path names nothing the read models know: answered 404 {@code /problems/not-found}. */
public class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail, null, false, false);
    }
}

package dk.pulje.query.web;

/** A request parameter or header that cannot be understood: answered 400 {@code /problems/bad-request}. */
public class BadParameter extends RuntimeException {

    public BadParameter(String detail) {
        super(detail, null, false, false);
    }
}

package dk.pulje.query.audit.export;

/** An event of the pool has no link yet: the chain is behind, answered 503 {@code /problems/projection-behind}. */
class NotYetChained extends RuntimeException {

    NotYetChained(String detail) {
        super(detail, null, false, false);
    }
}

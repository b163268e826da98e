package dk.pulje.query.web;

/** The read models did not reach a consistency token's position in time: answered 503, to be retried. */
class ProjectionBehind extends RuntimeException {

    ProjectionBehind(String detail) {
        super(detail, null, false, false);
    }
}

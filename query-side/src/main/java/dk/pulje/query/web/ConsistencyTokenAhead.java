package dk.pulje.query.web;

/** A consistency token beyond the event store's last event: no command was answered with it, so no wait ends. */
class ConsistencyTokenAhead extends RuntimeException {

    ConsistencyTokenAhead(String detail) {
        super(detail, null, false, false);
    }
}

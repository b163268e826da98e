package dk.pulje.shared.grant;

/** Where a grant is in its life. */
public enum GrantStatus {
    AWAITING_ACCEPTANCE,
    ACCEPTED,
    STARTED,
    LAPSED,
    CLOSED
}

package dk.pulje.command.decision;

/** A reconsideration's lifecycle: received, then upheld (and perhaps sent on to the complaint body) or changed. */
enum ReconsiderationStatus {
    RECEIVED,
    UPHELD,
    CHANGED,
    FORWARDED
}

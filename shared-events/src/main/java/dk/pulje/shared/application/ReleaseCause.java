package dk.pulje.shared.application;

/**
 * Why money awarded on an application is no longer awarded: the grant lapsed (not accepted or not started in time),
 * it closed with part of it unpaid, or the grantee repaid money on a claim.
 */
public enum ReleaseCause {
    LAPSED,
    CLOSED_UNPAID,
    REPAID
}

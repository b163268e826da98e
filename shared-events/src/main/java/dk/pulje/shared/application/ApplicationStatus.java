package dk.pulje.shared.application;

public enum ApplicationStatus {
    SUBMITTED,
    ELIGIBLE,
    NOT_ELIGIBLE,
    AWARDED,
    REJECTED,
    WITHDRAWN;

    /** An active application blocks its applicant from submitting another in the same round. */
    public boolean isActive() {
        return this != WITHDRAWN && this != REJECTED;
    }
}

package dk.pulje.shared.common;

/** The roles of the people (and the one system actor) who act in Pulje. */
public enum Role {
    POOL_MANAGER,
    ASSESSOR,
    APPROVER,
    FINANCE_OFFICER,
    APPLICANT,
    AUDITOR,
    DASHBOARD_VIEWER,
    /** Pulje itself, e.g. loading demo data or acting at a deadline. */
    SYSTEM
}

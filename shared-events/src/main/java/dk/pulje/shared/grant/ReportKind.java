package dk.pulje.shared.grant;

/** What a grantee reports: a yearly status report, the final report, and audited accounts at the end. */
public enum ReportKind {
    STATUS,
    FINAL,
    ACCOUNTS
}

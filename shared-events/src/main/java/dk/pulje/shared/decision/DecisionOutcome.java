package dk.pulje.shared.decision;

/** What was decided on an application: a grant (bevilling) or a rejection (afslag). */
public enum DecisionOutcome {
    GRANT,
    REJECTION
}

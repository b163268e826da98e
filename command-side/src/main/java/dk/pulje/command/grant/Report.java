package dk.pulje.command.grant;

import dk.pulje.shared.grant.ReportDue;

/** A report the grant owes, as the grant needs it: due, submitted or approved, and whether it went overdue. */
record Report(ReportDue due, State state, boolean overdue) {

    enum State { DUE, SUBMITTED, APPROVED }

    static Report due(ReportDue due) {
        return new Report(due, State.DUE, false);
    }

    Report in(State newState) {
        return new Report(due, newState, overdue);
    }

    Report markedOverdue() {
        return new Report(due, state, true);
    }

    /** An overdue report holds payments until it is approved. */
    boolean holdsPayments() {
        return overdue && state != State.APPROVED;
    }
}

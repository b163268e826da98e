package dk.pulje.command.grant;

import dk.pulje.command.shared.Refusal;

/** The rules a grant's follow-up can break; each becomes the problem type {@code /problems/<slug>}. */
final class GrantRefusals {

    private GrantRefusals() {
    }

    /** The grant's status does not allow the change (e.g. paying a grant not yet accepted). */
    static final class GrantNotInState extends Refusal {
        GrantNotInState(String detail) {
            super("grant-state", Kind.CONFLICT, detail);
        }
    }

    /** Only the grantee's own organisation may act on its grant. */
    static final class NotTheGrantee extends Refusal {
        NotTheGrantee(String detail) {
            super("not-your-grant", Kind.FORBIDDEN, detail);
        }
    }

    /** The grant must be accepted by its acceptance deadline. */
    static final class AcceptanceDeadlinePassed extends Refusal {
        AcceptanceDeadlinePassed(String detail) {
            super("acceptance-deadline-passed", Kind.CONFLICT, detail);
        }
    }

    /** The budget lines of an acceptance must add up to the amount granted. */
    static final class BudgetLinesDoNotAddUp extends Refusal {
        BudgetLinesDoNotAddUp(String detail) {
            super("budget-lines-total", Kind.CONFLICT, detail);
        }
    }

    /** The grant's budget lines would hold less on an earmarked line than its pool reserves of each grant. */
    static final class EarmarkNotKept extends Refusal {
        EarmarkNotKept(String detail) {
            super("earmark-not-met", Kind.CONFLICT, detail);
        }
    }

    /** A disbursement would pay more than the year's scheduled amount not yet paid. */
    static final class DisbursementExceedsSchedule extends Refusal {
        DisbursementExceedsSchedule(String detail) {
            super("disbursement-exceeds-remainder", Kind.CONFLICT, detail);
        }
    }

    /** Payments are held while a report is overdue and not yet approved. */
    static final class PaymentsHeld extends Refusal {
        PaymentsHeld(String detail) {
            super("payments-held", Kind.CONFLICT, detail);
        }
    }

    /** The grant's payment schedule has no such year. */
    static final class UnknownScheduleYear extends Refusal {
        UnknownScheduleYear(String detail) {
            super("schedule-year-unknown", Kind.CONFLICT, detail);
        }
    }

    /** The grant owes no report with that id. */
    static final class UnknownReport extends Refusal {
        UnknownReport(String detail) {
            super("report-not-found", Kind.NOT_FOUND, detail);
        }
    }

    /** The report's state does not allow the change (e.g. approving one not submitted). */
    static final class ReportNotInState extends Refusal {
        ReportNotInState(String detail) {
            super("report-state", Kind.CONFLICT, detail);
        }
    }

    /** The grant has no budget line with that name, or the line holds less than the amount moved. */
    static final class BudgetLineShort extends Refusal {
        BudgetLineShort(String detail) {
            super("budget-line-short", Kind.CONFLICT, detail);
        }
    }

    /** No budget change with that id awaits a decision. */
    static final class UnknownBudgetChange extends Refusal {
        UnknownBudgetChange(String detail) {
            super("budget-change-not-found", Kind.NOT_FOUND, detail);
        }
    }

    /** A claim would exceed what was paid and not yet claimed; a repayment what is owed on its claim. */
    static final class RepaymentExceedsOwed extends Refusal {
        RepaymentExceedsOwed(String detail) {
            super("repayment-exceeds-owed", Kind.CONFLICT, detail);
        }
    }

    /** No open repayment claim with that id. */
    static final class UnknownClaim extends Refusal {
        UnknownClaim(String detail) {
            super("claim-not-found", Kind.NOT_FOUND, detail);
        }
    }

    /** A grant closes only when its final report and accounts are approved and nothing is owed. */
    static final class NotReadyToClose extends Refusal {
        NotReadyToClose(String detail) {
            super("grant-not-ready-to-close", Kind.CONFLICT, detail);
        }
    }
}

package dk.pulje.shared.grant;

/** The events of a grant's life, from award to closure, in the grant's own stream. */
public sealed interface GrantEvent
        permits GrantOpened,
                GrantAccepted,
                GrantLapsed,
                ProjectStarted,
                DisbursementRecorded,
                ReportReminderIssued,
                ReportOverdue,
                ReportSubmitted,
                ReportApproved,
                ReportReturned,
                BudgetChangeNoted,
                BudgetChangeRequested,
                BudgetChangeApproved,
                BudgetChangeRefused,
                RepaymentClaimed,
                RepaymentWaived,
                RepaymentReceived,
                GrantClosed,
                GrantAmountChanged {

    GrantId grantId();
}

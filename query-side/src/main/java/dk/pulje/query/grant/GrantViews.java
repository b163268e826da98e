package dk.pulje.query.grant;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the grant endpoints answer. */
final class GrantViews {

    private GrantViews() {
    }

    /** A grant's money: {@code owed} is claimed and not yet repaid; {@code held} says an overdue report holds payments. */
    record GrantSummary(String grantId, String poolId, String programmeId, String applicantKey, String applicantName,
                        String status, Money awarded, Money paid, Money unpaid, Money owed, Money repaid,
                        Money waived, Money released, boolean held, Instant acceptBy, Instant startBy,
                        Instant awardedAt) {
    }

    /** A report owed, and once submitted what it says was spent on each budget line. */
    record ReportView(String reportId, String kind, LocalDate dueOn, String state, boolean overdue,
                      BudgetLines spentByLine) {
    }

    record PaymentView(String paymentId, int year, Money amount, Instant paidAt, String paidBy) {
    }

    record GrantDetail(GrantSummary grant, List<ReportView> reports, List<PaymentView> payments) {
    }

    record OverdueReport(String grantId, String poolId, String applicantName, String reportId, String kind,
                         LocalDate dueOn, String state) {
    }

    /** A deadline in the coming days: a round closing, a grant to accept or start, a report falling due. */
    record UpcomingDeadline(Instant at, String kind, String poolId, String grantId, String what) {
    }
}

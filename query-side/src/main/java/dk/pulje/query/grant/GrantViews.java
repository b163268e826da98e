package dk.pulje.query.grant;

import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** What the grant endpoints answer. */
public final class GrantViews {

    private GrantViews() {}

    /**
     * A grant's money: {@code owed} is claimed and not yet repaid; {@code released} what it no longer holds unpaid (a
     * lapsed grant's amount, a closed grant's unpaid rest), so {@code unpaid} is what may still be paid; {@code held}
     * says an overdue report holds payments.
     */
    public record GrantSummary(
            String grantId,
            String poolId,
            String programmeId,
            String applicantKey,
            String applicantName,
            String status,
            Money awarded,
            Money paid,
            Money unpaid,
            Money owed,
            Money repaid,
            Money waived,
            Money released,
            boolean held,
            Instant acceptBy,
            Instant startBy,
            Instant awardedAt) {}

    /** A report owed, and once submitted what it says was spent on each budget line. */
    public record ReportView(
            String reportId, String kind, LocalDate dueOn, String state, boolean overdue, BudgetLines spentByLine) {}

    /**
     * A document attached to a report's submission: its id and SHA-256 as the submission recorded them, the type read
     * from its content at upload, its size, the name it was uploaded with, and where to download it.
     */
    public record ReportAttachmentView(
            String documentId, String sha256, String mediaType, long size, String fileName, String download) {}

    public record PaymentView(String paymentId, int year, Money amount, Instant paidAt, String paidBy) {}

    /**
     * A budget line of an accepted grant: what it holds after reallocations, what the submitted reports say was spent
     * on it (each report tells its own period's spending; a returned report counts when submitted again), what is
     * left of it, and what was spent beyond it.
     */
    public record LineView(String line, Money budgeted, Money spent, Money left, Money overspent) {

        static List<LineView> of(BudgetLines budget, List<ReportView> reports) {
            if (budget == null) {
                return List.of();
            }
            List<BudgetLines> spending = reports.stream()
                    .filter(report -> !"DUE".equals(report.state()) && report.spentByLine() != null)
                    .map(ReportView::spentByLine)
                    .toList();
            SortedSet<String> names = new TreeSet<>(budget.lines().keySet());
            spending.forEach(spent -> names.addAll(spent.lines().keySet()));
            return names.stream()
                    .map(name -> {
                        Money spent =
                                spending.stream().map(lines -> lines.line(name)).reduce(Money.ZERO, Money::plus);
                        Money budgeted = budget.line(name);
                        return spent.isGreaterThan(budgeted)
                                ? new LineView(name, budgeted, spent, Money.ZERO, spent.minus(budgeted))
                                : new LineView(name, budgeted, spent, budgeted.minus(spent), Money.ZERO);
                    })
                    .toList();
        }
    }

    public record GrantDetail(
            GrantSummary grant, List<LineView> budgetLines, List<ReportView> reports, List<PaymentView> payments) {}

    record OverdueReport(
            String grantId,
            String poolId,
            String applicantName,
            String reportId,
            String kind,
            LocalDate dueOn,
            String state) {}

    /** A deadline in the coming days: a round closing, a grant to accept or start, a report falling due. */
    record UpcomingDeadline(Instant at, String kind, String poolId, String grantId, String what) {}
}

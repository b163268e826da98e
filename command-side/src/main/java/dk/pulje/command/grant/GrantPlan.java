package dk.pulje.command.grant;

import dk.pulje.command.pool.Award;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.BudgetLines;
import dk.pulje.shared.grant.ReportDue;
import dk.pulje.shared.grant.ReportKind;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.ProjectPeriod;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an award sets in motion: the payment schedule by year and the reports the grant owes. A status report
 * for every project year but the last falls due on 1 March the year after; the final report three months and
 * the audited accounts six months after the project period ends.
 */
public final class GrantPlan {

    private GrantPlan() {}

    /**
     * The grant an award opens: its payment schedule, acceptance and start deadlines counted from the award in
     * Copenhagen time under the pool's conditions, and the reports it owes.
     */
    static OpenGrant open(Award award) {
        GrantConditions conditions = award.conditions();
        ZonedDateTime awardedAt = award.decision().decidedAt().atZone(Deadline.COPENHAGEN);
        return new OpenGrant(
                award.poolId(),
                award.programmeId(),
                award.applicationId(),
                award.applicant(),
                award.amount(),
                paymentSchedule(award.requested(), award.amount()),
                awardedAt.plusDays(conditions.acceptanceDays()).toInstant(),
                awardedAt.plusMonths(conditions.startWithinMonths()).toInstant(),
                reports(award.projectPeriod()),
                conditions.reminderDays(),
                award.decision(),
                award.earmarks());
    }

    /**
     * The application's budget by year, scaled to the amount awarded. Each year is rounded down to the øre and
     * the last year takes what rounding left, so the schedule adds up to the award exactly.
     */
    public static BudgetByYear paymentSchedule(BudgetByYear requested, Money awarded) {
        return BudgetByYear.of(scaled(requested.years(), awarded));
    }

    /**
     * The schedule after the grant's amount changed to {@code amount}: what each year has paid stays in it, and the
     * rest of the amount is spread over the years as what they have unpaid is, scaled as an award's schedule is (all
     * of it in the last year when nothing is unpaid). It adds up to {@code amount}, and no year holds less than it
     * has paid.
     */
    static BudgetByYear rescheduled(Map<Integer, Money> scheduled, Map<Integer, Money> paidByYear, Money amount) {
        SortedMap<Integer, Money> unpaid = new TreeMap<>();
        Money paid = Money.ZERO;
        for (Map.Entry<Integer, Money> year : scheduled.entrySet()) {
            Money paidInYear = paidByYear.getOrDefault(year.getKey(), Money.ZERO);
            unpaid.put(year.getKey(), year.getValue().minus(paidInYear));
            paid = paid.plus(paidInYear);
        }
        Map<Integer, Money> schedule = new TreeMap<>();
        scaled(unpaid, amount.minus(paid))
                .forEach((year, share) -> schedule.put(year, share.plus(paidByYear.getOrDefault(year, Money.ZERO))));
        return BudgetByYear.of(schedule);
    }

    /** The accepted budget lines scaled to the grant's new amount, as a payment schedule is. */
    static BudgetLines rescaled(BudgetLines lines, Money amount) {
        return BudgetLines.of(scaled(lines.lines(), amount));
    }

    /**
     * {@code parts} scaled to add up to {@code total}: each part but the last in proportion, rounded down to the øre,
     * and the last taking what rounding left (all of it when the parts add up to nothing).
     */
    private static <K> Map<K, Money> scaled(SortedMap<K, Money> parts, Money total) {
        Money sum = parts.values().stream().reduce(Money.ZERO, Money::plus);
        Map<K, Money> scaled = new LinkedHashMap<>();
        Money allotted = Money.ZERO;
        List<K> keys = new ArrayList<>(parts.keySet());
        for (int i = 0; i < keys.size() - 1; i++) {
            Money share = sum.isZero()
                    ? Money.ZERO
                    : new Money(BigInteger.valueOf(parts.get(keys.get(i)).oere())
                            .multiply(BigInteger.valueOf(total.oere()))
                            .divide(BigInteger.valueOf(sum.oere()))
                            .longValueExact());
            scaled.put(keys.get(i), share);
            allotted = allotted.plus(share);
        }
        scaled.put(keys.get(keys.size() - 1), total.minus(allotted));
        return scaled;
    }

    public static List<ReportDue> reports(ProjectPeriod period) {
        List<ReportDue> reports = new ArrayList<>();
        for (int year = period.start().getYear(); year < period.end().getYear(); year++) {
            reports.add(new ReportDue("status-" + year, ReportKind.STATUS, LocalDate.of(year + 1, 3, 1)));
        }
        reports.add(new ReportDue("final", ReportKind.FINAL, period.end().plusMonths(3)));
        reports.add(new ReportDue("accounts", ReportKind.ACCOUNTS, period.end().plusMonths(6)));
        return List.copyOf(reports);
    }
}

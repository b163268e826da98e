package dk.pulje.command.grant;

import dk.pulje.command.pool.Award;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Deadline;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.ReportDue;
import dk.pulje.shared.grant.ReportKind;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.ProjectPeriod;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Money total = requested.total();
        Map<Integer, Money> schedule = new TreeMap<>();
        Money allotted = Money.ZERO;
        List<Integer> years = new ArrayList<>(requested.years().keySet());
        for (int i = 0; i < years.size() - 1; i++) {
            Money share = total.isZero()
                    ? Money.ZERO
                    : new Money(BigInteger.valueOf(
                                    requested.years().get(years.get(i)).oere())
                            .multiply(BigInteger.valueOf(awarded.oere()))
                            .divide(BigInteger.valueOf(total.oere()))
                            .longValueExact());
            schedule.put(years.get(i), share);
            allotted = allotted.plus(share);
        }
        schedule.put(years.get(years.size() - 1), awarded.minus(allotted));
        return BudgetByYear.of(schedule);
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

package dk.pulje.shared.pool;

import dk.pulje.shared.common.InvalidValue;
import java.util.List;

/**
 * The follow-up terms of a pool's grants: days to accept an award, months to start the project, how many days
 * before a report falls due the grantee is reminded, and where money no longer awarded goes ({@code returnsTo}: a
 * lapsed grant's amount, a closed grant's unpaid rest, repayments). Left out, the standard terms apply: 14 days,
 * 6 months, reminders 14 and 3 days before, money back to the pool (as pools drafted before the term had it).
 */
public record GrantConditions(
        Integer acceptanceDays, Integer startWithinMonths, List<Integer> reminderDays, ReturnsTo returnsTo) {

    public static final GrantConditions STANDARD = new GrantConditions(14, 6, List.of(14, 3), ReturnsTo.POOL);

    public GrantConditions(Integer acceptanceDays, Integer startWithinMonths, List<Integer> reminderDays) {
        this(acceptanceDays, startWithinMonths, reminderDays, null);
    }

    public GrantConditions {
        returnsTo = returnsTo == null ? ReturnsTo.POOL : returnsTo;
        acceptanceDays = acceptanceDays == null ? 14 : acceptanceDays;
        startWithinMonths = startWithinMonths == null ? 6 : startWithinMonths;
        reminderDays = reminderDays == null ? List.of(14, 3) : List.copyOf(reminderDays);
        if (acceptanceDays < 1 || acceptanceDays > 365) {
            throw new InvalidValue("grant-conditions.acceptance", "Acceptance takes 1 to 365 days");
        }
        if (startWithinMonths < 1 || startWithinMonths > 36) {
            throw new InvalidValue("grant-conditions.start", "A project starts within 1 to 36 months");
        }
        if (reminderDays.stream().anyMatch(days -> days == null || days < 1 || days > 90)) {
            throw new InvalidValue("grant-conditions.reminders", "Reminders are 1 to 90 days before a due date");
        }
    }
}

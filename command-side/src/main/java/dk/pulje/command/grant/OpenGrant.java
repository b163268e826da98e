package dk.pulje.command.grant;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.grant.ReportDue;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Instant;
import java.util.List;

/**
 * Opens the grant an award creates, in the award's unit of work; the award's decision is the grant's first, and the
 * pool's earmarks go with it.
 */
public record OpenGrant(
        PoolId poolId,
        ProgrammeId programmeId,
        ApplicationId applicationId,
        Applicant applicant,
        Money amount,
        BudgetByYear paymentSchedule,
        Instant acceptBy,
        Instant startBy,
        List<ReportDue> reports,
        List<Integer> reminderDays,
        Decision decision,
        List<Earmark> earmarks) {

    public OpenGrant {
        earmarks = earmarks == null ? List.of() : List.copyOf(earmarks);
    }
}

package dk.pulje.shared.grant;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A grant starts with its award: what is granted, paid by year, by when it must be accepted and started, the reports
 * it owes, and the earmarks of its pool that its budget lines must keep (none in events stored before grants
 * carried them).
 */
@Revision("2")
public record GrantOpened(
        GrantId grantId,
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
        List<Earmark> earmarks)
        implements GrantEvent {

    public GrantOpened {
        earmarks = earmarks == null ? List.of() : List.copyOf(earmarks);
    }

    /** A grant from a pool without earmarks. */
    public GrantOpened(
            GrantId grantId,
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
            Decision decision) {
        this(
                grantId,
                poolId,
                programmeId,
                applicationId,
                applicant,
                amount,
                paymentSchedule,
                acceptBy,
                startBy,
                reports,
                reminderDays,
                decision,
                null);
    }
}

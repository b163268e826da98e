package dk.pulje.shared.grant;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.ProgrammeId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A grant starts with its award: what is granted, paid by year, by when it must be accepted and started, and the reports it owes. */
@Revision("1")
public record GrantOpened(GrantId grantId, PoolId poolId, ProgrammeId programmeId, ApplicationId applicationId, Applicant applicant,
                          Money amount, BudgetByYear paymentSchedule, Instant acceptBy, Instant startBy,
                          List<ReportDue> reports, List<Integer> reminderDays, Decision decision) implements GrantEvent {
}

package dk.pulje.command.pool;

import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.BudgetByYear;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.ProjectPeriod;
import dk.pulje.shared.programme.ProgrammeId;
import java.util.List;

/**
 * An award as its pool took it, with what the grant that follows it needs from the pool: the application's budget by
 * year, the pool's grant conditions, project period and earmarks. The grant feature plans the grant from it.
 */
public record Award(
        PoolId poolId,
        ProgrammeId programmeId,
        ApplicationId applicationId,
        Applicant applicant,
        Money amount,
        BudgetByYear requested,
        GrantConditions conditions,
        ProjectPeriod projectPeriod,
        List<Earmark> earmarks,
        Decision decision) {

    public Award {
        earmarks = earmarks == null ? List.of() : List.copyOf(earmarks);
    }
}

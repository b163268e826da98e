package dk.pulje.query;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.PoolBudgetAllocated;
import dk.pulje.shared.programme.ProgrammeEstablished;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Instant;

/** Events of the seed pools: the 2017 children-and-youth programme and its 24.9 mio. early preventive pool. */
final class SeedEvents {

    static final Money POOL_BUDGET = Money.millions("24.9");

    private SeedEvents() {}

    static Decision decision(String user, Role role, String at, String reason) {
        return new Decision(user, role, Instant.parse(at), reason);
    }

    static ProgrammeEstablished satspulje2017(ProgrammeId programmeId) {
        return new ProgrammeEstablished(
                programmeId,
                "Satspulje 2017 – children and youth",
                Money.millions("196.6"),
                decision("manager", Role.POOL_MANAGER, "2017-01-10T09:00:00Z", "Satspuljeaftalen 2017"));
    }

    static PoolBudgetAllocated allocated(ProgrammeId programmeId, PoolId poolId) {
        return new PoolBudgetAllocated(
                programmeId, poolId, POOL_BUDGET, decision("manager", Role.POOL_MANAGER, "2017-02-01T09:00:00Z", null));
    }

    static PoolDrafted earlyPreventiveEffort(PoolId poolId, ProgrammeId programmeId) {
        return new PoolDrafted(
                poolId,
                programmeId,
                POOL_BUDGET,
                TestPools.earlyPreventiveEffort2017(),
                decision("manager", Role.POOL_MANAGER, "2017-02-01T09:00:00Z", "Satspulje 2017"));
    }

    /** A municipality's application, signed by one of its employees, with a contact person (personal data). */
    static ApplicationSubmitted submitted(
            PoolId poolId, ApplicationId applicationId, String municipality, String amount, String at) {
        return submitted(
                poolId,
                applicationId,
                municipality,
                amount,
                at,
                new ContactPerson("Kim Jensen", "kim.jensen@kommune.dk", "+45 12 34 56 78"));
    }

    static ApplicationSubmitted submitted(
            PoolId poolId,
            ApplicationId applicationId,
            String municipality,
            String amount,
            String at,
            ContactPerson contact) {
        return new ApplicationSubmitted(
                poolId,
                applicationId,
                1,
                Applicant.municipality(municipality),
                "Early help in PPR",
                Money.of(amount),
                TestPools.budget(2017, amount),
                "new-methods",
                contact,
                new Actor("employee-" + municipality, Role.APPLICANT, "municipality:" + municipality),
                Instant.parse(at));
    }
}

package dk.pulje.command.pool;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.ApplicationScreened;
import dk.pulje.shared.application.ApplicationSubmitted;
import dk.pulje.shared.application.ContactPerson;
import dk.pulje.shared.application.SubmitApplication;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.PoolPublished;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Instant;

/** The seed pool of 6 February 2017 and its people, in the words the specifications use. */
final class PoolFixtures {

    static final PoolId POOL = PoolId.of("early-preventive-2017");
    static final ProgrammeId PROGRAMME = ProgrammeId.of("satspulje-2017");
    static final Instant PUBLISHED_AT = Instant.parse("2017-02-06T09:00:00Z");

    static final Actor MANAGER = new Actor("mette", Role.POOL_MANAGER);
    static final Actor ASSESSOR = new Actor("anders", Role.ASSESSOR);
    static final Actor APPROVER = new Actor("anne", Role.APPROVER);
    static final Actor AARHUS_CLERK = new Actor("aarhus-clerk", Role.APPLICANT, "municipality:751");
    static final Actor ODENSE_CLERK = new Actor("odense-clerk", Role.APPLICANT, "municipality:461");

    static final Applicant AARHUS = Applicant.municipality("751");
    static final Applicant ODENSE = Applicant.municipality("461");
    static final ContactPerson CONTACT = new ContactPerson("Kim Jensen", "kim.jensen@example.dk", null);

    private PoolFixtures() {}

    static PoolDrafted drafted(String budget) {
        return new PoolDrafted(
                POOL,
                PROGRAMME,
                Money.of(budget),
                TestPools.earlyPreventiveEffort2017(),
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null));
    }

    static PoolPublished published() {
        return new PoolPublished(POOL, 1, new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null));
    }

    static SubmitApplication submit(String id, Applicant applicant, Actor clerk, String amount) {
        return new SubmitApplication(
                POOL,
                ApplicationId.of(id),
                applicant,
                "Early help in PPR",
                Money.of(amount),
                TestPools.budget(2018, amount),
                "new-methods",
                CONTACT,
                clerk);
    }

    static ApplicationSubmitted submitted(String id, Applicant applicant, Actor clerk, String amount) {
        return new ApplicationSubmitted(
                POOL,
                ApplicationId.of(id),
                1,
                applicant,
                "Early help in PPR",
                Money.of(amount),
                TestPools.budget(2018, amount),
                "new-methods",
                CONTACT,
                clerk,
                Instant.parse("2017-03-20T10:00:00Z"));
    }

    static ApplicationScreened eligible(String id) {
        return new ApplicationScreened(
                POOL,
                ApplicationId.of(id),
                true,
                new Decision(ASSESSOR.userId(), ASSESSOR.role(), Instant.parse("2017-03-27T10:00:00Z"), "Eligible"));
    }
}

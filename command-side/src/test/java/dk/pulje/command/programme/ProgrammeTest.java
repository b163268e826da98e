package dk.pulje.command.programme;

import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.EstablishProgramme;
import dk.pulje.shared.programme.PoolBudgetAllocated;
import dk.pulje.shared.programme.PoolBudgetReallocated;
import dk.pulje.shared.programme.ProgrammeEstablished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.testing.MutableClock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** A programme's pools never hold more than its envelope (Satspulje 2017: 196.6 mio. over three pools). */
class ProgrammeTest {

    private static final ProgrammeId SATSPULJE = ProgrammeId.of("satspulje-2017");
    private static final Actor MANAGER = new Actor("mette", Role.POOL_MANAGER);
    private static final Instant NOW = Instant.parse("2017-05-18T08:00:00Z");

    /** Stands in for the features that draw on a programme inside their own command. */
    record Draw(@TargetAggregateIdentifier ProgrammeId programmeId, PoolId poolId, Money budget, boolean amended) {
    }

    class Drawing {
        private final ProgrammeFunds funds;

        Drawing(ProgrammeFunds funds) {
            this.funds = funds;
        }

        @CommandHandler
        void handle(Draw draw) {
            if (draw.amended()) {
                funds.reallocate(draw.programmeId(), draw.poolId(), draw.budget(), MANAGER, NOW, "Amended");
            } else {
                funds.allocate(draw.programmeId(), draw.poolId(), draw.budget(), MANAGER, NOW, null);
            }
        }
    }

    private AggregateTestFixture<Programme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
        fixture.registerInjectableResource(new MutableClock(NOW));
        fixture.registerAnnotatedCommandHandler(new Drawing(new ProgrammeFunds(fixture.getRepository())));
    }

    private static ProgrammeEstablished established() {
        return new ProgrammeEstablished(SATSPULJE, "Satspulje 2017 – children and youth", Money.millions("196.6"),
                new Decision("mette", Role.POOL_MANAGER, NOW, null));
    }

    private static PoolBudgetAllocated allocated(String pool, String millions) {
        return new PoolBudgetAllocated(SATSPULJE, PoolId.of(pool), Money.millions(millions),
                new Decision("mette", Role.POOL_MANAGER, NOW, null));
    }

    @Test
    void a_programme_is_established_with_its_envelope() {
        fixture.givenNoPriorActivity()
                .when(new EstablishProgramme(SATSPULJE, "Satspulje 2017 – children and youth", Money.millions("196.6"),
                        MANAGER, null))
                .expectEvents(established());
    }

    @Test
    void pools_may_take_the_whole_envelope_exactly() {
        fixture.given(established(), allocated("ppr", "123.1"), allocated("aftercare", "59.5"))
                .when(new Draw(SATSPULJE, PoolId.of("mentalisation"), Money.millions("14.0"), false))
                .expectEvents(allocated("mentalisation", "14.0"));
    }

    @Test
    void pools_never_take_more_than_the_envelope() {
        fixture.given(established(), allocated("ppr", "123.1"), allocated("aftercare", "59.5"))
                .when(new Draw(SATSPULJE, PoolId.of("mentalisation"), Money.of("14000000.01"), false))
                .expectException(EnvelopeExceeded.class)
                .expectNoEvents();
    }

    @Test
    void an_amended_budget_replaces_the_pools_old_share() {
        fixture.given(established(), allocated("ppr", "123.1"), allocated("aftercare", "59.5"))
                .when(new Draw(SATSPULJE, PoolId.of("aftercare"), Money.millions("73.5"), true))
                .expectEvents(new PoolBudgetReallocated(SATSPULJE, PoolId.of("aftercare"), Money.millions("59.5"),
                        Money.millions("73.5"), new Decision("mette", Role.POOL_MANAGER, NOW, "Amended")));
    }

    @Test
    void an_amended_budget_also_stays_within_the_envelope() {
        fixture.given(established(), allocated("ppr", "123.1"), allocated("aftercare", "59.5"))
                .when(new Draw(SATSPULJE, PoolId.of("aftercare"), Money.of("73500000.01"), true))
                .expectException(EnvelopeExceeded.class);
    }
}

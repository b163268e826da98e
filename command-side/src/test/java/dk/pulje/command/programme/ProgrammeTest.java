package dk.pulje.command.programme;

import dk.pulje.command.shared.AlreadyExists;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.programme.EstablishProgramme;
import dk.pulje.shared.programme.FinanceYears;
import dk.pulje.shared.programme.FundInitiativeDirectly;
import dk.pulje.shared.programme.InitiativeFundedDirectly;
import dk.pulje.shared.programme.PoolBudgetAllocated;
import dk.pulje.shared.programme.PoolBudgetReallocated;
import dk.pulje.shared.programme.ProgrammeEstablished;
import dk.pulje.shared.programme.ProgrammeId;
import dk.pulje.shared.programme.Track;
import dk.pulje.shared.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A programme's pools never hold more than its envelope (Satspulje 2017: 196.6 mio. over three pools). */
class ProgrammeTest {

    private static final ProgrammeId SATSPULJE = ProgrammeId.of("satspulje-2017");
    private static final Actor MANAGER = new Actor("mette", Role.POOL_MANAGER);
    private static final Instant NOW = Instant.parse("2017-05-18T08:00:00Z");

    /** Stands in for the features that draw on a programme inside their own command. */
    record Draw(
            @TargetAggregateIdentifier ProgrammeId programmeId,
            PoolId poolId,
            Money budget,
            boolean amended,
            String track,
            FinanceYears years) {

        Draw(ProgrammeId programmeId, PoolId poolId, Money budget, boolean amended) {
            this(programmeId, poolId, budget, amended, null, null);
        }
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
                funds.allocate(
                        draw.programmeId(),
                        draw.poolId(),
                        draw.budget(),
                        draw.track(),
                        draw.years(),
                        MANAGER,
                        NOW,
                        null);
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
        return new ProgrammeEstablished(
                SATSPULJE,
                "Satspulje 2017 – children and youth",
                Money.millions("196.6"),
                new Decision("mette", Role.POOL_MANAGER, NOW, null));
    }

    private static PoolBudgetAllocated allocated(String pool, String millions) {
        return new PoolBudgetAllocated(
                SATSPULJE,
                PoolId.of(pool),
                Money.millions(millions),
                new Decision("mette", Role.POOL_MANAGER, NOW, null));
    }

    @Test
    void a_programme_is_established_with_its_envelope() {
        fixture.givenNoPriorActivity()
                .when(new EstablishProgramme(
                        SATSPULJE, "Satspulje 2017 – children and youth", Money.millions("196.6"), MANAGER, null))
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
                .expectEvents(new PoolBudgetReallocated(
                        SATSPULJE,
                        PoolId.of("aftercare"),
                        Money.millions("59.5"),
                        Money.millions("73.5"),
                        new Decision("mette", Role.POOL_MANAGER, NOW, "Amended")));
    }

    @Test
    void an_amended_budget_also_stays_within_the_envelope() {
        fixture.given(established(), allocated("ppr", "123.1"), allocated("aftercare", "59.5"))
                .when(new Draw(SATSPULJE, PoolId.of("aftercare"), Money.of("73500000.01"), true))
                .expectException(EnvelopeExceeded.class);
    }

    /**
     * Seed 002's programme for adults: about 250 mio. kr. over four years in three tracks. The even split by year is
     * assumed; the seed gives only the total. The track "spread" is given a share here to specify track budgets.
     */
    private static final ProgrammeId ADULTS = ProgrammeId.of("development-investment-2017");

    private static FinanceYears years(int from, int to, String millionsEach) {
        java.util.TreeMap<Integer, Money> years = new java.util.TreeMap<>();
        for (int year = from; year <= to; year++) {
            years.put(year, Money.millions(millionsEach));
        }
        return new FinanceYears(years);
    }

    private static ProgrammeEstablished adultsEstablished() {
        return new ProgrammeEstablished(
                ADULTS,
                "Socialt udviklings- og investeringsprogram",
                Money.millions("250"),
                new Decision("mette", Role.POOL_MANAGER, NOW, "Satspuljeaftalen 2017"),
                years(2017, 2020, "62.5"),
                List.of(
                        new Track("development", "Udviklingsspor", null),
                        new Track("spread", "Udbredelsesspor", Money.millions("100")),
                        new Track("data", "Dataspor", null)));
    }

    private static PoolBudgetAllocated inYear(String pool, String track, int year, String millions) {
        return new PoolBudgetAllocated(
                ADULTS,
                PoolId.of(pool),
                Money.millions(millions),
                new Decision("mette", Role.POOL_MANAGER, NOW, null),
                track,
                FinanceYears.in(year, Money.millions(millions)));
    }

    private static FundInitiativeDirectly fund(String id, String track, FinanceYears years) {
        return new FundInitiativeDirectly(
                ADULTS,
                id,
                "Initiative " + id,
                track,
                years.total(),
                years,
                MANAGER,
                "Funded directly by the agreement");
    }

    @Test
    void a_programme_is_established_with_its_yearly_envelopes_and_tracks() {
        fixture.givenNoPriorActivity()
                .when(new EstablishProgramme(
                        ADULTS,
                        "Socialt udviklings- og investeringsprogram",
                        Money.millions("250"),
                        MANAGER,
                        "Satspuljeaftalen 2017",
                        years(2017, 2020, "62.5"),
                        adultsEstablished().tracks()))
                .expectEvents(adultsEstablished());
    }

    @Test
    void yearly_envelopes_add_up_to_the_envelope() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EstablishProgramme(
                        ADULTS, "Adults", Money.millions("250"), MANAGER, null, years(2017, 2020, "62"), List.of()))
                .isInstanceOf(dk.pulje.shared.common.InvalidValue.class)
                .hasMessageContaining("finance years");
    }

    @Test
    void a_pool_never_takes_more_than_its_finance_years_envelope_even_when_the_whole_envelope_has_room() {
        fixture.given(adultsEstablished(), inYear("housing-support", "development", 2017, "60"))
                .when(new Draw(
                        ADULTS,
                        PoolId.of("aftercare"),
                        Money.of("2500000.01"),
                        false,
                        "spread",
                        FinanceYears.in(2017, Money.of("2500000.01"))))
                .expectException(EnvelopeExceeded.class)
                .expectNoEvents();
    }

    @Test
    void a_pool_may_take_a_finance_years_envelope_exactly() {
        fixture.given(adultsEstablished(), inYear("housing-support", "development", 2017, "60"))
                .when(new Draw(
                        ADULTS,
                        PoolId.of("aftercare"),
                        Money.millions("2.5"),
                        false,
                        "spread",
                        FinanceYears.in(2017, Money.millions("2.5"))))
                .expectEvents(inYear("aftercare", "spread", 2017, "2.5"));
    }

    @Test
    void where_the_envelope_is_split_by_year_a_pool_says_in_which_years_its_budget_belongs() {
        fixture.given(adultsEstablished())
                .when(new Draw(ADULTS, PoolId.of("aftercare"), Money.millions("2.5"), false, "spread", null))
                .expectException(FinanceYearsMismatch.class);
    }

    @Test
    void a_pool_names_only_finance_years_the_programme_has() {
        fixture.given(adultsEstablished())
                .when(new Draw(
                        ADULTS,
                        PoolId.of("aftercare"),
                        Money.millions("2.5"),
                        false,
                        null,
                        FinanceYears.in(2021, Money.millions("2.5"))))
                .expectException(FinanceYearsMismatch.class);
    }

    @Test
    void a_pool_names_only_tracks_the_programme_has() {
        fixture.given(adultsEstablished())
                .when(new Draw(
                        ADULTS,
                        PoolId.of("aftercare"),
                        Money.millions("2.5"),
                        false,
                        "evaluation",
                        FinanceYears.in(2017, Money.millions("2.5"))))
                .expectException(UnknownTrack.class);
    }

    @Test
    void a_track_never_holds_more_than_its_own_budget() {
        fixture.given(adultsEstablished(), inYear("a", "spread", 2017, "50"), inYear("b", "spread", 2018, "50"))
                .when(fund("c", "spread", FinanceYears.in(2019, Money.of("0.01"))))
                .expectException(EnvelopeExceeded.class)
                .expectNoEvents();
    }

    @Test
    void an_initiative_funded_directly_draws_on_the_envelope_and_records_who_why_and_when() {
        FinanceYears som = FinanceYears.of(Map.of(2017, Money.millions("10"), 2018, Money.millions("18.3")));
        fixture.given(adultsEstablished())
                .when(fund("som", "data", som))
                .expectEvents(new InitiativeFundedDirectly(
                        ADULTS,
                        "som",
                        "Initiative som",
                        "data",
                        Money.millions("28.3"),
                        som,
                        new Decision("mette", Role.POOL_MANAGER, NOW, "Funded directly by the agreement")));
    }

    @Test
    void initiatives_funded_directly_and_pools_together_stay_within_a_years_envelope() {
        fixture.given(adultsEstablished(), inYear("housing-support", "development", 2018, "62.5"))
                .when(fund("som", null, FinanceYears.in(2018, Money.of("0.01"))))
                .expectException(EnvelopeExceeded.class);
    }

    @Test
    void an_initiative_is_funded_once() {
        fixture.given(
                        adultsEstablished(),
                        new InitiativeFundedDirectly(
                                ADULTS,
                                "som",
                                "SØM",
                                null,
                                Money.millions("1"),
                                FinanceYears.in(2017, Money.millions("1")),
                                new Decision("mette", Role.POOL_MANAGER, NOW, "Direct")))
                .when(fund("som", null, FinanceYears.in(2017, Money.millions("1"))))
                .expectException(AlreadyExists.class);
    }

    @Test
    void an_amended_pool_budget_moves_its_last_finance_year_and_stays_within_it() {
        PoolBudgetAllocated twoYears = new PoolBudgetAllocated(
                ADULTS,
                PoolId.of("aftercare"),
                Money.millions("60"),
                new Decision("mette", Role.POOL_MANAGER, NOW, null),
                "spread",
                FinanceYears.of(Map.of(2017, Money.millions("30"), 2018, Money.millions("30"))));
        fixture.given(adultsEstablished(), twoYears)
                .when(new Draw(ADULTS, PoolId.of("aftercare"), Money.millions("50"), true))
                .expectEvents(new PoolBudgetReallocated(
                        ADULTS,
                        PoolId.of("aftercare"),
                        Money.millions("60"),
                        Money.millions("50"),
                        new Decision("mette", Role.POOL_MANAGER, NOW, "Amended"),
                        FinanceYears.of(Map.of(2017, Money.millions("30"), 2018, Money.millions("20")))));
        fixture.given(adultsEstablished(), twoYears)
                .when(new Draw(ADULTS, PoolId.of("aftercare"), Money.of("92500000.01"), true))
                .expectException(EnvelopeExceeded.class);
    }
}

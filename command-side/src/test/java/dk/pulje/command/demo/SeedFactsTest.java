package dk.pulje.command.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.command.pool.PoolPlan;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.pool.ActivityCategory;
import dk.pulje.shared.pool.ApplicantKind;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.FaqEntry;
import dk.pulje.shared.pool.PlannedDate;
import dk.pulje.shared.pool.PoolContact;
import dk.pulje.shared.pool.PoolInformation;
import dk.pulje.shared.pool.PoolPlanning;
import dk.pulje.shared.pool.ReturnsTo;
import dk.pulje.shared.programme.Track;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fact of the seed documents that the demo data carries, checked against the documents' own figures (file
 * numbers of the seeds in brackets). What the seeds do not give is marked as assumed in the data and listed in the
 * README; those values are not asserted here as facts.
 */
class SeedFactsTest {

    private final SeedPools seeds =
            SeedPools.read(JsonMapper.builder().findAndAddModules().build());

    private SeedPools.ProgrammePlan programme(String id) {
        return seeds.programmes().stream()
                .filter(p -> p.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private PoolPlan pool(String id) {
        return seeds.programmes().stream()
                .flatMap(p -> p.pools().stream())
                .filter(p -> p.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The pool's description in English, where the demo keeps its English account of the seed's facts. */
    private static String english(PoolPlan pool) {
        return pool.translations().get("en").description();
    }

    private SeedPools.MeetingPlan meeting(String id) {
        return seeds.meetings().stream()
                .filter(m -> m.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Money mio(String millions) {
        return Money.millions(millions);
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void the_196_6_mio_of_18_may_2017_go_to_three_pools_ppr_aftercare_and_mentalisation() { // [000]
        SeedPools.ProgrammePlan satspulje = programme("satspulje-2017-children-youth");
        assertThat(satspulje.envelope()).isEqualTo(mio("196.6"));
        assertThat(satspulje.pools())
                .extracting(p -> p.id().value())
                .containsExactly("ppr-early-preventive-2017", "aftercare-2017", "mentalisation-2017");
        assertThat(satspulje.pools())
                .extracting(PoolPlan::budget)
                .containsExactly(mio("123.1"), mio("59.5"), mio("14.0"));
        assertThat(satspulje.pools().stream().map(PoolPlan::budget).reduce(Money.ZERO, Money::plus))
                .isEqualTo(satspulje.envelope());
    }

    @Test
    void the_ppr_pool_about_ten_municipalities_12_3_each_of_which_1_8_for_the_partnership() { // [000, 001]
        PoolPlan ppr = pool("ppr-early-preventive-2017");
        assertThat(ppr.eligibleKinds()).containsExactly(ApplicantKind.MUNICIPALITY);
        assertThat(ppr.expectedGrantees().minimum()).isLessThanOrEqualTo(10);
        assertThat(ppr.expectedGrantees().maximum()).isGreaterThanOrEqualTo(10);
        assertThat(ppr.limits().maximum()).isEqualTo(mio("12.3"));
        assertThat(ppr.earmarks())
                .extracting(Earmark::line, Earmark::minimum)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("partnership", mio("1.8")));
        assertThat(ppr.limits().minimum())
                .as("more than one amount can be asked for")
                .isLessThan(ppr.limits().maximum());
        assertThat(english(ppr)).contains("12.3", "1.8", "10.5", "about four extra staff a year");
        assertThat(ppr.rounds()).hasSize(1);
        LocalDateTime deadline = ppr.rounds().get(0).deadline().local();
        assertThat(deadline.toLocalDate()).as("mid October 2017").isBetween(day("2017-10-10"), day("2017-10-20"));
        assertThat(ppr.projectPeriod().start().getYear())
                .as("from the end of 2017")
                .isEqualTo(2017);
        assertThat(ppr.projectPeriod().start().getMonthValue()).isGreaterThanOrEqualTo(10);
        assertThat(ppr.projectPeriod().end()).isEqualTo(day("2020-12-31"));
    }

    @Test
    void the_ppr_pool_was_announced_for_august_or_september_with_its_deadline_mid_october_decided_in_q4() { // [001]
        PoolPlanning planned = seeds.announcements().get("ppr-early-preventive-2017");
        assertThat(planned.publication())
                .isEqualTo(new PlannedDate(day("2017-08-01"), day("2017-09-30"), "August or September 2017"));
        assertThat(planned.deadline().wording()).isEqualTo("mid October 2017");
        assertThat(planned.decision())
                .isEqualTo(new PlannedDate(day("2017-10-01"), day("2017-12-31"), "fourth quarter of 2017"));
    }

    @Test
    void the_ppr_information_meeting_odense_26_june_2017_with_sign_up_slides_and_a_recording() { // [000, 001]
        SeedPools.MeetingPlan ppr = meeting("ppr-odense-2017");
        assertThat(ppr.pools()).extracting(p -> p.value()).containsExactly("ppr-early-preventive-2017");
        assertThat(ppr.date()).isEqualTo(day("2017-06-26"));
        assertThat(ppr.place()).contains("Odense");
        assertThat(ppr.capacity()).as("one can sign up").isPositive();
        assertThat(ppr.material())
                .extracting(SeedPools.Material::title)
                .containsExactly("PowerPoint fra informationsmødet", "Videooptagelse fra informationsmødet (YouTube)");
        assertThat(ppr.material()).allMatch(m -> m.link().getScheme().equals("https"));
        assertThat(ppr.materialAssumed()).contains("placeholders");
        assertThat(ppr.reason()).contains("assumed");
    }

    @Test
    void the_aftercare_pool_4_to_7_municipalities_its_59_5_mio_in_two_rounds_autumn_2017_and_spring_2018() { // [000]
        PoolPlan aftercare = pool("aftercare-2017");
        assertThat(aftercare.eligibleKinds()).containsExactly(ApplicantKind.MUNICIPALITY);
        assertThat(aftercare.expectedGrantees())
                .extracting(e -> e.minimum(), e -> e.maximum())
                .containsExactly(4, 7);
        assertThat(aftercare.rounds()).hasSize(2);
        assertThat(aftercare.rounds().get(0).deadline().local().getMonth())
                .isIn(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER);
        assertThat(aftercare.rounds().get(0).deadline().local().getYear()).isEqualTo(2017);
        assertThat(aftercare.rounds().get(1).opens().getYear()).isEqualTo(2018);
        assertThat(aftercare.rounds().get(1).deadline().local().getMonth()).isIn(Month.MARCH, Month.APRIL, Month.MAY);
        assertThat(aftercare.rounds().stream().map(PoolPlan.RoundPlan::budget).reduce(Money.ZERO, Money::plus))
                .as("each round has its own budget, together the pool's")
                .isEqualTo(mio("59.5"));
        assertThat(aftercare.projectPeriod().end().getYear()
                        - aftercare.projectPeriod().start().getYear()
                        + 1)
                .as("about three years")
                .isEqualTo(3);
        assertThat(english(aftercare)).contains("September 2017", "Assumed");
    }

    @Test
    void
            the_mentalisation_pool_14_of_32_6_mio_for_15_to_20_care_institutions_also_jointly_with_municipalities() { // [000]
        PoolPlan mentalisation = pool("mentalisation-2017");
        assertThat(mentalisation.budget()).isEqualTo(mio("14.0"));
        assertThat(english(mentalisation)).contains("32.6", "18.6", "12–20", "documentation of results");
        assertThat(mentalisation.expectedGrantees())
                .extracting(e -> e.minimum(), e -> e.maximum())
                .containsExactly(15, 20);
        assertThat(mentalisation.eligibleKinds())
                .as("care institutions and municipalities, alone or jointly")
                .containsExactlyInAnyOrder(ApplicantKind.CARE_INSTITUTION, ApplicantKind.MUNICIPALITY);
        assertThat(mentalisation.rounds()).hasSize(1);
        assertThat(mentalisation.rounds().get(0).deadline().local().getMonth())
                .isIn(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER);
        assertThat(mentalisation.projectPeriod().end()).isEqualTo(day("2020-12-31"));
        assertThat(seeds.announcements().get("mentalisation-2017").publication().wording())
                .isEqualTo("August or September 2017");
    }

    @Test
    void the_development_and_investment_programme_250_mio_over_four_years_in_three_tracks() { // [002]
        SeedPools.ProgrammePlan adults = programme("development-investment-2017");
        assertThat(adults.envelope()).isEqualTo(mio("250"));
        assertThat(adults.years().years()).hasSize(4);
        assertThat(adults.years().total()).isEqualTo(adults.envelope());
        assertThat(adults.tracks()).extracting(Track::code).containsExactly("development", "spread", "data");
        assertThat(adults.tracks())
                .extracting(Track::name)
                .allMatch(name -> name.startsWith("Udviklingsspor")
                        || name.startsWith("Udbredelsesspor")
                        || name.startsWith("Dataspor"));
        assertThat(adults.assumed()).contains("2017-2020", "evenly");
    }

    @Test
    void about_184_mio_for_children_over_social_skills_ppr_and_som_which_is_funded_directly() { // [002]
        SeedPools.ProgrammePlan children = programme("children-youth-investment-2017");
        assertThat(children.envelope()).isEqualTo(mio("184"));
        assertThat(children.tracks()).extracting(Track::code).containsExactly("social-skills", "ppr", "som");
        assertThat(children.tracks())
                .extracting(Track::budget)
                .as("social skills 32.6 and PPR 123.1 as of 18 May 2017 [000]")
                .startsWith(mio("32.6"), mio("123.1"));
        assertThat(children.pools()).as("SØM is not given through a pool").isEmpty();
        assertThat(children.initiatives()).singleElement().satisfies(som -> {
            assertThat(som.track()).isEqualTo("som");
            assertThat(som.name()).contains("SØM");
            assertThat(som.reason()).contains("directly", "assumed");
        });
        assertThat(children.tracks().stream().map(Track::budget).reduce(Money.ZERO, Money::plus))
                .isEqualTo(children.envelope());
    }

    @Test
    void the_pool_of_6_february_2017_24_9_mio_municipalities_only_deadline_24_march_2017_at_noon() { // [004]
        PoolPlan early = pool("early-preventive-effort-2017");
        assertThat(programme("early-preventive-2017").envelope()).isEqualTo(mio("24.9"));
        assertThat(early.budget()).isEqualTo(mio("24.9"));
        assertThat(early.eligibleKinds()).containsExactly(ApplicantKind.MUNICIPALITY);
        assertThat(early.rounds()).singleElement().satisfies(round -> {
            assertThat(round.opens().toLocalDate()).isEqualTo(day("2017-02-06"));
            assertThat(round.deadline().local()).isEqualTo(LocalDateTime.parse("2017-03-24T12:00"));
        });
        assertThat(early.categories()).hasSize(6);
        assertThat(english(early))
                .contains(
                        "socially vulnerable children, young people and their families",
                        "employee digital signature",
                        "NemID");
    }

    @Test
    void the_priority_of_6_february_2017_goes_by_the_grantees_of_the_2016_pool_which_the_demo_has() { // [004]
        PoolPlan early = pool("early-preventive-effort-2017");
        assertThat(early.priority().earlierPool().value()).isEqualTo("early-preventive-effort-2016");
        assertThat(early.priority().wording()).contains("no grant from the 2016 pool");
        PoolPlan earlier = pool("early-preventive-effort-2016");
        assertThat(earlier.rounds().get(0).deadline().local().getYear()).isEqualTo(2016);
        assertThat(english(earlier)).contains("assumed");
        assertThat(seeds.earlierGrantees().get("early-preventive-effort-2016"))
                .extracting(g -> g.municipality())
                .containsExactly("751", "461", "851");
        assertThat(seeds.earlierGranteesAssumed()).contains("assumed");
    }

    @Test
    void the_2016_pool_is_decided_when_the_pool_of_6_february_2017_names_its_grantees_so_it_is_closed() { // [004]
        assertThat(seeds.closedPools())
                .as("only the 2016 pool's decisions lie before the seeds' days")
                .containsOnlyKeys("early-preventive-effort-2016");
        assertThat(seeds.closedPools().get("early-preventive-effort-2016")).contains("6 February 2017", "support");
    }

    @Test
    void the_three_pools_of_9_august_2019_for_municipalities_2020_to_2022() { // [003]
        List<String> ids = List.of("learning-environment-2019", "parent-support-2019", "family-treatment-2019");
        assertThat(ids.stream().map(this::pool).map(PoolPlan::budget).toList())
                .containsExactly(mio("20.0"), mio("11.0"), mio("22.6"));
        assertThat(ids.stream()
                        .map(this::pool)
                        .map(p -> p.expectedGrantees().minimum() + "–"
                                + p.expectedGrantees().maximum())
                        .toList())
                .containsExactly("5–6", "3–4", "4–5");
        for (String id : ids) {
            PoolPlan pool = pool(id);
            assertThat(pool.eligibleKinds()).containsExactly(ApplicantKind.MUNICIPALITY);
            assertThat(pool.projectPeriod().start()).isEqualTo(day("2020-01-01"));
            assertThat(pool.projectPeriod().end()).isBetween(day("2022-12-01"), day("2022-12-31"));
            assertThat(seeds.announcements().get(id).publication())
                    .isEqualTo(new PlannedDate(
                            day("2019-08-26"), day("2019-09-06"), "end of August or early September 2019"));
        }
    }

    @Test
    void one_information_meeting_for_the_three_2019_pools_10_september_2019_10_to_14_30_free_with_sign_up() { // [003]
        SeedPools.MeetingPlan odense = meeting("placed-children-odense-2019");
        assertThat(odense.pools())
                .extracting(p -> p.value())
                .containsExactly("learning-environment-2019", "parent-support-2019", "family-treatment-2019");
        assertThat(odense.date()).isEqualTo(day("2019-09-10"));
        assertThat(odense.starts()).isEqualTo(LocalTime.of(10, 0));
        assertThat(odense.ends()).isEqualTo(LocalTime.of(14, 30));
        assertThat(odense.place()).isEqualTo("Mødecenter Odense, Buchwaldsgade 48, Odense");
        assertThat(odense.free()).isTrue();
        assertThat(odense.capacity()).isPositive();
    }

    @Test
    void the_pools_are_titled_in_danish_as_published_with_english_translations() { // [000, 001, 003, 004]
        assertThat(pool("ppr-early-preventive-2017").title())
                .isEqualTo("Investering i den tidlige og forebyggende indsats i PPR");
        assertThat(pool("aftercare-2017").title()).isEqualTo("Investering i efterværn til unge");
        assertThat(pool("mentalisation-2017").title())
                .isEqualTo("Styrke børn og unges handlekraft og sociale færdigheder");
        assertThat(pool("early-preventive-effort-2017").title())
                .isEqualTo("Initiativer til en tidlig, forebyggende og mere effektiv indsats");
        assertThat(pool("learning-environment-2019").title())
                .isEqualTo("Styrket læringsmiljø for anbragte børn og unge");
        assertThat(pool("parent-support-2019").title())
                .isEqualTo("Målrettet støtte til forældre, hvis barn eller ung er anbragt");
        assertThat(pool("family-treatment-2019").title()).isEqualTo("Styrket familiebehandling i udsatte familier");
        assertThat(pool("early-preventive-effort-2017").description())
                .contains("24. marts 2017 kl. 12.00", "medarbejdersignatur");
        assertThat(seeds.programmes().stream().flatMap(p -> p.pools().stream()))
                .allSatisfy(pool -> assertThat(pool.translations()).containsKey("en"));
    }

    @Test
    void the_six_activities_of_6_february_2017_are_titled_as_the_page_lists_them() { // [004]
        assertThat(pool("early-preventive-effort-2017").categories())
                .extracting(ActivityCategory::title)
                .containsExactly(
                        "Nye indsatser og metoder, der styrker den tidlige forebyggende tilgang i den samlede kommunale "
                                + "indsatsvifte",
                        "Tiltag eller metoder, der styrker det tværfaglige samarbejde mellem sundhedspleje, dagtilbud, skoler, "
                                + "PPR og børnemyndighedsområdet",
                        "Afprøvning af evidensbaserede metoder og redskaber til opfølgning på mål og progression af indsatsen "
                                + "hos barnet eller den unge",
                        "Opkvalificering eller uddannelse af medarbejdere i nye løsninger og metoder",
                        "Udbredelse af allerede eksisterende og velfungerende initiativer i kommunerne til en styrkelse af "
                                + "tidligere forebyggende indsatser",
                        "Personaleressourcer til opstart af nye tiltag eller opgaver i forbindelse med en styrkelse af tidlige "
                                + "forebyggende indsatser");
    }

    @Test
    void the_2019_pools_fund_what_the_page_heads_each_of_them_with() { // [003]
        assertThat(List.of("learning-environment-2019", "parent-support-2019", "family-treatment-2019").stream()
                        .map(id -> pool(id).categories().get(0).title())
                        .toList())
                .containsExactly(
                        "Styrket læringsmiljø for anbragte børn og unge",
                        "Målrettet støtte til forældre, hvis barn eller ung er anbragt",
                        "Styrket familiebehandling i udsatte familier");
    }

    @Test
    void the_ppr_pools_earmark_is_for_taking_part_in_the_partnership_as_the_page_says() { // [001]
        Earmark partnership = pool("ppr-early-preventive-2017").earmarks().get(0);
        assertThat(partnership.purpose()).startsWith("Deltagelse i partnerskabet");
        assertThat(partnership.purposeIn("en")).startsWith("Participation in the partnership");
    }

    @Test
    void categories_earmarks_and_material_are_in_danish_as_published_with_english_translations() { // [000-004]
        List<PoolPlan> pools =
                seeds.programmes().stream().flatMap(p -> p.pools().stream()).toList();
        assertThat(pools.stream().flatMap(p -> p.categories().stream())).allSatisfy(category -> {
            assertThat(category.translations()).containsKey("en");
            assertThat(category.titleIn("en")).isNotEqualTo(category.title());
            assertThat(category.titleIn("da")).isEqualTo(category.title());
        });
        assertThat(pools.stream().flatMap(p -> p.earmarks() == null ? Stream.<Earmark>empty() : p.earmarks().stream()))
                .isNotEmpty()
                .allSatisfy(earmark -> assertThat(earmark.translations()).containsKey("en"));
        assertThat(seeds.meetings().stream().flatMap(m -> m.material().stream()))
                .isNotEmpty()
                .allSatisfy(material -> assertThat(material.translations()).containsKey("en"));
    }

    @Test
    void the_ppr_pools_money_is_given_once_in_2017_so_what_it_no_longer_awards_goes_back_to_the_state() { // [001]
        assertThat(pool("ppr-early-preventive-2017").rounds()).hasSize(1);
        assertThat(pool("ppr-early-preventive-2017").terms().grantConditions().returnsTo())
                .isEqualTo(ReturnsTo.STATE);
    }

    /** What the pool's page tells applicants beyond its terms. */
    private PoolInformation information(String id) {
        return pool(id).terms().publicInformation();
    }

    @Test
    void the_pools_contacts_are_those_their_pages_name_and_none_where_a_page_names_none() { // [001, 003, 004]
        assertThat(information("ppr-early-preventive-2017").contact())
                .isEqualTo(
                        new PoolContact("Stinne Grydehøj", "Center for Børn, Unge og Familier", null, "91 37 02 02"));
        assertThat(information("early-preventive-effort-2017").contact())
                .isEqualTo(new PoolContact(null, "Center for Økonomi og Tilskudsadministration", null, null));
        assertThat(Stream.of("learning-environment-2019", "parent-support-2019", "family-treatment-2019")
                        .map(id -> information(id).contact()))
                .containsOnly(new PoolContact("Mette Agerskov Smith", null, null, null));
        assertThat(Stream.of("aftercare-2017", "mentalisation-2017", "early-preventive-effort-2016")
                        .map(this::information))
                .containsOnly(PoolInformation.NONE);
    }

    @Test
    void the_questions_and_answers_state_only_what_the_pages_say_in_danish_with_english_translations() { // [001-004]
        List<FaqEntry> faq = seeds.programmes().stream()
                .flatMap(p -> p.pools().stream())
                .flatMap(p -> p.terms().publicInformation().faq().stream())
                .toList();
        assertThat(faq)
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.translations()).containsKey("en"));
        assertThat(information("ppr-early-preventive-2017").faq().get(0).answer())
                .contains("12,3 mio. kr.", "1,8 mio. kr.", "10,5 mio. kr.");
        assertThat(information("early-preventive-effort-2017").faq())
                .extracting(FaqEntry::answer)
                .anySatisfy(answer -> assertThat(answer).contains("2016"))
                .anySatisfy(answer -> assertThat(answer).contains("medarbejdersignatur"));
        assertThat(information("learning-environment-2019")
                        .faq()
                        .get(0)
                        .in("en")
                        .answer())
                .isEqualTo("No, it is free.");
    }
}

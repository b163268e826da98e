package dk.pulje.command.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.command.api.CommandApiTestSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The demo data: every seed pool drafted and published once, with a round open on the day Pulje starts. */
@ActiveProfiles({"embedded", "demo"})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:demo-pools;DB_CLOSE_DELAY=-1")
class DemoPoolsTest extends CommandApiTestSupport {

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    JsonMapper json;

    @Test
    void loads_the_seed_pools_programmes_initiatives_meetings_and_earlier_grantees_once_with_a_round_open_today() {
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
        DemoPools demo = new DemoPools(commands, eventStore, json, clock);

        demo.run(null);
        long afterFirstStart = events();
        demo.run(null);

        assertThat(events()).isEqualTo(afterFirstStart);
        assertThat(aggregates("PoolPublished"))
                .containsExactly(
                        "aftercare-2017",
                        "early-preventive-effort-2016",
                        "early-preventive-effort-2017",
                        "family-treatment-2019",
                        "learning-environment-2019",
                        "mentalisation-2017",
                        "parent-support-2019",
                        "ppr-early-preventive-2017");
        assertThat(aggregates("PoolAnnounced"))
                .as("the 2017 children's pools and the 2019 pools were announced " + "before publication")
                .containsExactly(
                        "aftercare-2017",
                        "family-treatment-2019",
                        "learning-environment-2019",
                        "mentalisation-2017",
                        "parent-support-2019",
                        "ppr-early-preventive-2017");
        assertThat(afterFirstStart)
                .as("6 programmes, 8 pools drafted, allocated and published, 6 announced, 1 "
                        + "initiative, 3 earlier grants submitted, screened, awarded, lettered, opened, accepted and started, "
                        + "their pool closed, 2 meetings, 2 materials")
                .isEqualTo(6 + 8 * 3 + 6 + 1 + 3 * 7 + 1 + 2 + 2);
        assertThat(aggregates("PoolClosed"))
                .as("the 2016 pool, decided before the seeds' days")
                .containsExactly("early-preventive-effort-2016");
        assertThat(aggregates("ProjectStarted"))
                .as("its grants as the seeds tell: given, so in force")
                .containsExactly(
                        "grant:early-preventive-effort-2016-461",
                        "grant:early-preventive-effort-2016-751",
                        "grant:early-preventive-effort-2016-851");
        assertThat(payload("MeetingPlanned", "placed-children-odense-2019"))
                .as("the 2019 pools' one meeting, moved as their rounds were, still after they opened")
                .contains(
                        "learning-environment-2019",
                        "parent-support-2019",
                        "family-treatment-2019",
                        "Buchwaldsgade 48",
                        "\"starts\":\"10:00:00\"",
                        "\"ends\":\"14:30:00\"",
                        "\"date\":\"2026-11-24\"");
        assertThat(payload("MeetingPlanned", "ppr-odense-2017"))
                .as("the PPR meeting moved to its first Monday after today, so one can sign up for it")
                .contains("ppr-early-preventive-2017", "Odense", "\"date\":\"2026-11-30\"", "sign up");
        assertThat(aggregates("MeetingMaterialAdded")).containsExactly("ppr-odense-2017", "ppr-odense-2017");
        assertThat(payload("PoolAnnounced", "ppr-early-preventive-2017"))
                .as("planned dates moved with the rest")
                .doesNotContain("\"earliest\":\"2017")
                .contains("\"earliest\":\"2026", "August or September 2017");
        assertThat(aggregates("GrantAwarded"))
                .as("the 2016 pool's grantees, for the 2017 pool's priority rule")
                .containsExactly(
                        "early-preventive-effort-2016", "early-preventive-effort-2016", "early-preventive-effort-2016");
        assertThat(payload("ProgrammeEstablished", "development-investment-2017"))
                .contains(
                        "\"2017\":\"62500000.00\"",
                        "\"2020\":\"62500000.00\"",
                        "\"code\":\"development\"",
                        "\"code\":\"spread\"",
                        "\"code\":\"data\"");
        assertThat(payload("InitiativeFundedDirectly", "children-youth-investment-2017"))
                .contains("\"initiativeId\":\"som-children\"", "\"track\":\"som\"", "\"amount\":\"28300000.00\"");
        assertThat(payload("PoolDrafted", "aftercare-2017"))
                .as("the aftercare pool's two rounds with their budgets")
                .contains("\"budget\":\"29750000.00\"");
    }

    private List<String> aggregates(String type) {
        return jdbc.queryForList(
                "SELECT aggregateIdentifier FROM DomainEventEntry WHERE payloadType LIKE ? "
                        + "ORDER BY aggregateIdentifier",
                String.class,
                "%." + type);
    }

    private String payload(String type, String aggregate) {
        return new String(
                jdbc.queryForObject(
                        "SELECT payload FROM DomainEventEntry WHERE payloadType LIKE ? AND "
                                + "aggregateIdentifier = ?",
                        byte[].class,
                        "%." + type,
                        aggregate),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void moves_a_pool_by_whole_weeks_so_its_first_round_is_open_and_keeps_the_original_dates_in_words() {
        SeedPools seeds = SeedPools.read(json);
        var original = seeds.programmes().stream()
                .flatMap(p -> p.pools().stream())
                .filter(p -> p.id().value().equals("early-preventive-effort-2017"))
                .findFirst()
                .orElseThrow();

        var moved = SeedPools.openToday(original, LocalDate.parse("2026-11-23"));

        LocalDateTime opens = moved.rounds().get(0).opens();
        assertThat(opens.getDayOfWeek())
                .isEqualTo(original.rounds().get(0).opens().getDayOfWeek());
        assertThat(opens.toLocalDate()).isBetween(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-22"));
        assertThat(moved.rounds().get(0).deadline().local().toLocalTime()).hasToString("12:00");
        assertThat(moved.description()).contains("24. marts 2017 kl. 12.00", "uger frem");
        assertThat(moved.translations().get("en").description()).contains("24 March 2017 at 12:00", "weeks forward");
    }
}

package dk.pulje.command.demo;

import dk.pulje.command.api.CommandApiTestSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
    void loads_the_seven_seed_pools_once_with_a_round_open_today() {
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
        DemoPools demo = new DemoPools(commands, eventStore, json, clock);

        demo.run(null);
        long afterFirstStart = events();
        demo.run(null);

        assertThat(events()).isEqualTo(afterFirstStart);
        List<String> published = jdbc.queryForList("SELECT aggregateIdentifier FROM DomainEventEntry "
                + "WHERE payloadType = 'dk.pulje.shared.pool.PoolPublished' ORDER BY aggregateIdentifier", String.class);
        assertThat(published).containsExactly("aftercare-2017", "early-preventive-effort-2017",
                "family-treatment-2019", "learning-environment-2019", "mentalisation-2017", "parent-support-2019",
                "ppr-early-preventive-2017");
        List<String> announced = jdbc.queryForList("SELECT aggregateIdentifier FROM DomainEventEntry "
                + "WHERE payloadType = 'dk.pulje.shared.pool.PoolAnnounced' ORDER BY aggregateIdentifier", String.class);
        assertThat(announced).as("the 2017 children's pools and the 2019 pools were announced before publication")
                .containsExactly("aftercare-2017", "family-treatment-2019", "learning-environment-2019",
                        "mentalisation-2017", "parent-support-2019", "ppr-early-preventive-2017");
        assertThat(afterFirstStart).isEqualTo(3 + 7 * 2 + 6 + 7 + 1);
        String meeting = new String(jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE payloadType = "
                + "'dk.pulje.shared.meeting.MeetingPlanned'", byte[].class), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(meeting).as("the 2019 pools' one meeting, moved as their rounds were, still after they opened")
                .contains("learning-environment-2019", "parent-support-2019", "family-treatment-2019",
                        "Buchwaldsgade 48", "\"starts\":\"10:00:00\"", "\"ends\":\"14:30:00\"", "\"date\":\"2026-11-24\"");
    }

    @Test
    void moves_a_pool_by_whole_weeks_so_its_first_round_is_open_and_keeps_the_original_dates_in_words() {
        SeedPools seeds = SeedPools.read(json);
        var original = seeds.programmes().get(1).pools().get(0);

        var moved = SeedPools.openToday(original, LocalDate.parse("2026-11-23"));

        LocalDateTime opens = moved.rounds().get(0).opens();
        assertThat(opens.getDayOfWeek()).isEqualTo(original.rounds().get(0).opens().getDayOfWeek());
        assertThat(opens.toLocalDate()).isBetween(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-22"));
        assertThat(moved.rounds().get(0).deadline().local().toLocalTime()).hasToString("12:00");
        assertThat(moved.description()).contains("24 March 2017 at 12:00", "weeks forward");
    }
}

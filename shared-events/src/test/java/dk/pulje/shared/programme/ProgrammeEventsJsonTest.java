package dk.pulje.shared.programme;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.PoolId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A programme's events with yearly envelopes and tracks round-trip, and those stored before them still read. */
class ProgrammeEventsJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Decision decision =
            new Decision("mette", Role.POOL_MANAGER, Instant.parse("2017-05-09T08:00:00Z"), "Satspuljeaftalen 2017");

    @Test
    void a_programme_with_yearly_envelopes_and_tracks_round_trips_with_years_as_keys() {
        ProgrammeEstablished established = new ProgrammeEstablished(
                ProgrammeId.of("adults-2017"),
                "Programme",
                Money.millions("250"),
                decision,
                FinanceYears.of(Map.of(2017, Money.millions("125"), 2018, Money.millions("125"))),
                List.of(new Track("development", "Udviklingsspor", null)));

        String text = json.writeValueAsString(established);

        assertThat(text).contains("\"years\":{\"2017\":\"125000000.00\",\"2018\":\"125000000.00\"}");
        assertThat(json.readValue(text, ProgrammeEstablished.class)).isEqualTo(established);
    }

    @Test
    void events_stored_before_years_and_tracks_read_as_having_none() {
        String establishedV1 = """
                {"programmeId": "p", "name": "Satspulje 2017", "envelope": "196600000.00",
                 "decision": {"decidedBy": "mette", "role": "POOL_MANAGER", "decidedAt": "2017-05-18T08:00:00Z"}}""";
        String allocatedV1 = """
                {"programmeId": "p", "poolId": "ppr", "budget": "123100000.00",
                 "decision": {"decidedBy": "mette", "role": "POOL_MANAGER", "decidedAt": "2017-05-18T08:00:00Z"}}""";

        ProgrammeEstablished established = json.readValue(establishedV1, ProgrammeEstablished.class);
        PoolBudgetAllocated allocated = json.readValue(allocatedV1, PoolBudgetAllocated.class);

        assertThat(established.years()).isEqualTo(FinanceYears.NONE);
        assertThat(established.tracks()).isEmpty();
        assertThat(allocated.years().isEmpty()).isTrue();
        assertThat(allocated.track()).isNull();
        assertThat(allocated.poolId()).isEqualTo(PoolId.of("ppr"));
    }
}

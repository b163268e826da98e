package dk.pulje.shared.grant;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.application.AwardReleased;
import dk.pulje.shared.application.ReleaseCause;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.shared.pool.ReturnsTo;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where money no longer awarded goes travels in the events that release it, and the events stored before the pools'
 * terms said so read as they meant then: a lapse, back to the pool.
 */
class ReturnedMoneyJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private static final String DECISION = """
            {"decidedBy": "pulje", "role": "SYSTEM", "decidedAt": "2018-06-01T10:00:00Z"}""";

    @Test
    void a_release_round_trips_with_its_cause_and_where_the_money_goes() {
        AwardReleased released = new AwardReleased(
                PoolId.of("ppr"),
                ApplicationId.of("aarhus-1"),
                Money.of("500000.25"),
                new Decision(
                        "pulje",
                        Role.SYSTEM,
                        Instant.parse("2018-06-01T10:00:00Z"),
                        "Closed with 500000.25 kr. unpaid"),
                ReleaseCause.CLOSED_UNPAID,
                ReturnsTo.STATE);

        String text = json.writeValueAsString(released);

        assertThat(text).contains("\"amount\":\"500000.25\"", "\"cause\":\"CLOSED_UNPAID\"", "\"returnsTo\":\"STATE\"");
        assertThat(json.readValue(text, AwardReleased.class)).isEqualTo(released);
    }

    @Test
    void events_stored_before_the_term_read_as_a_lapse_back_to_the_pool_and_closures_without_their_rest() {
        AwardReleased released = json.readValue("""
                {"poolId": "ppr", "applicationId": "aarhus-1", "amount": "1500000.00", "decision": %s}""".formatted(DECISION), AwardReleased.class);
        GrantClosed closed = json.readValue("""
                {"grantId": "aarhus-1", "paid": "600000.00", "repaid": "0.00", "decision": %s}""".formatted(DECISION), GrantClosed.class);
        RepaymentReceived repaid = json.readValue("""
                {"grantId": "aarhus-1", "claimId": "k1", "amount": "1000.00", "decision": %s}""".formatted(DECISION), RepaymentReceived.class);
        GrantConditions conditions = json.readValue("""
                {"acceptanceDays": 14, "startWithinMonths": 6, "reminderDays": [14, 3]}""", GrantConditions.class);

        assertThat(released.cause()).isEqualTo(ReleaseCause.LAPSED);
        assertThat(released.returnsTo()).isEqualTo(ReturnsTo.POOL);
        assertThat(closed.unpaid()).isNull();
        assertThat(closed.poolId()).isNull();
        assertThat(repaid.applicationId()).isNull();
        assertThat(conditions.returnsTo()).isEqualTo(ReturnsTo.POOL);
    }
}

package dk.pulje.shared.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final Deadline noonOn24March2017 = Deadline.of("2017-03-24T12:00");

    @Test
    void is_copenhagen_local_time() {
        assertThat(noonOn24March2017.instant()).isEqualTo(Instant.parse("2017-03-24T11:00:00Z"));
        assertThat(Deadline.of("2017-10-16T12:00").instant()).isEqualTo(Instant.parse("2017-10-16T10:00:00Z"));
    }

    @Test
    void has_passed_at_the_exact_instant_not_a_second_before() {
        assertThat(noonOn24March2017.hasPassedAt(Instant.parse("2017-03-24T10:59:59Z")))
                .isFalse();
        assertThat(noonOn24March2017.hasPassedAt(Instant.parse("2017-03-24T11:00:00Z")))
                .isTrue();
    }

    @Test
    void refuses_text_that_is_no_local_date_time() {
        assertThatThrownBy(() -> Deadline.of("24/03/2017")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Deadline.of("2017-03-24T12:00+01:00")).isInstanceOf(InvalidValue.class);
    }
}

package dk.pulje.shared.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keeps_oere_exactly() {
        assertThat(Money.of("24900000.00").oere()).isEqualTo(2_490_000_000L);
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.millions("123.1")).isEqualTo(Money.of("123100000"));
    }

    @Test
    void refuses_more_than_two_decimals() {
        assertThatThrownBy(() -> Money.of("12.345"))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).code())
                .isEqualTo("money.precision");
        assertThat(Money.of("12.3400")).isEqualTo(Money.of("12.34"));
    }

    @Test
    void refuses_negative_and_huge_amounts_and_non_numbers() {
        assertThatThrownBy(() -> Money.of("-1")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e30"))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.of("ten")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void refuses_a_number_out_of_range_before_it_is_scaled_or_written_out() {
        for (String hostile :
                List.of("1e-999999999", "1e400000000", "1e-20000000", "-1e400000000", "0e-999999999", "1e2147483648")) {
            Throwable refused = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> catchRefusal(hostile));
            assertThat(refused).as(hostile).isInstanceOf(NumberOutOfRange.class);
            assertThat(((InvalidValue) refused).code()).isEqualTo("number.range");
            assertThat(refused.getMessage()).as(hostile).hasSizeLessThan(200).doesNotContain("0000");
        }
        assertThat(Money.of("1.5e3")).isEqualTo(Money.of("1500.00"));
        assertThat(Money.of(new BigDecimal("12.3E-1"))).isEqualTo(Money.of("1.23"));
        assertThatThrownBy(() -> Money.of("1e-3"))
                .extracting(e -> ((InvalidValue) e).code())
                .isEqualTo("money.precision");
    }

    private static Throwable catchRefusal(String kroner) {
        try {
            Money.of(kroner);
            return null;
        } catch (InvalidValue refused) {
            return refused;
        }
    }

    @Test
    void prints_plain_kroner_with_two_decimals() {
        assertThat(Money.of("24900000")).hasToString("24900000.00");
        assertThat(Money.of("0.5")).hasToString("0.50");
    }

    @Test
    void a_difference_below_zero_is_refused() {
        assertThatThrownBy(() -> Money.of("1").minus(Money.of("2"))).isInstanceOf(InvalidValue.class);
    }
}

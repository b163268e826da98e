package dk.pulje.shared.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .extracting(e -> ((InvalidValue) e).code()).isEqualTo("money.precision");
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
    void prints_plain_kroner_with_two_decimals() {
        assertThat(Money.of("24900000")).hasToString("24900000.00");
        assertThat(Money.of("0.5")).hasToString("0.50");
    }

    @Test
    void a_difference_below_zero_is_refused() {
        assertThatThrownBy(() -> Money.of("1").minus(Money.of("2"))).isInstanceOf(InvalidValue.class);
    }
}

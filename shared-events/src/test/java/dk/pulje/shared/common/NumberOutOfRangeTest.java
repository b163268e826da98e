package dk.pulje.shared.common;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumberOutOfRangeTest {

    @Test
    void an_exponent_or_scale_beyond_a_hundred_digits_is_out_of_range_for_any_number() {
        for (String number : new String[] {
            "1e100",
            "1e-101",
            "1e400000000",
            "1e-999999999",
            "0e-999999999",
            "1e2147483648",
            "-1E+2147483648",
            "1" + "0".repeat(101)
        }) {
            assertThatThrownBy(() -> NumberOutOfRange.requireFits(number, BigDecimal.class))
                    .as(number)
                    .isInstanceOf(NumberOutOfRange.class);
            assertThatThrownBy(() -> NumberOutOfRange.requireFits(number, double.class))
                    .as(number)
                    .isInstanceOf(NumberOutOfRange.class);
        }
        assertThatCode(() -> NumberOutOfRange.requireFits("9e99", BigInteger.class))
                .doesNotThrowAnyException();
        assertThatCode(() -> NumberOutOfRange.requireFits("0." + "0".repeat(99) + "1", BigDecimal.class))
                .doesNotThrowAnyException();
    }

    @Test
    void a_whole_number_type_holds_only_its_own_range() {
        assertThatThrownBy(() -> NumberOutOfRange.requireFits("2147483648", int.class))
                .isInstanceOf(NumberOutOfRange.class);
        assertThatThrownBy(() -> NumberOutOfRange.requireFits("-1e10", Integer.class))
                .isInstanceOf(NumberOutOfRange.class);
        assertThatThrownBy(() -> NumberOutOfRange.requireFits("9223372036854775808", long.class))
                .isInstanceOf(NumberOutOfRange.class);
        assertThatCode(() -> NumberOutOfRange.requireFits("2147483647", int.class))
                .doesNotThrowAnyException();
        assertThatCode(() -> NumberOutOfRange.requireFits("2.018e3", int.class)).doesNotThrowAnyException();
    }

    @Test
    void text_that_is_no_number_and_types_that_are_no_number_are_left_to_their_reader() {
        for (String text : new String[] {"abc", "0x10", "1e", "e5", "--1", "NaN", "1" + "1".repeat(50_000) + "x"}) {
            assertThatCode(() -> NumberOutOfRange.requireFits(text, int.class))
                    .as(text)
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> NumberOutOfRange.requireFits("1e400000000", String.class))
                .doesNotThrowAnyException();
    }
}

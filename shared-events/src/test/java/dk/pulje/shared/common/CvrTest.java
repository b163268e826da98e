package dk.pulje.shared.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CvrTest {

    @ParameterizedTest
    @ValueSource(strings = {"64942212", "29189986", "55133018"})
    void accepts_numbers_that_pass_the_modulus_11_check(String value) {
        assertThat(Cvr.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"64942213", "04942212", "6494221", "649422120", "6494221a", ""})
    void refuses_anything_else(String value) {
        assertThatThrownBy(() -> Cvr.of(value)).isInstanceOf(InvalidValue.class);
    }
}

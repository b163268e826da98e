package dk.pulje.shared.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MunicipalityCodeTest {

    @Test
    void knows_the_98_municipalities_by_their_official_codes() {
        assertThat(Municipalities.all()).hasSize(98);
        assertThat(MunicipalityCode.of("101").municipalityName()).isEqualTo("København");
        assertThat(MunicipalityCode.of("751").municipalityName()).isEqualTo("Aarhus");
        assertThat(MunicipalityCode.of("461").municipalityName()).isEqualTo("Odense");
    }

    @Test
    void refuses_codes_that_are_no_municipality() {
        assertThatThrownBy(() -> MunicipalityCode.of("102"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("102");
        assertThatThrownBy(() -> MunicipalityCode.of("1O1")).isInstanceOf(InvalidValue.class);
    }
}

package dk.pulje.spring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2WithoutReusedResultsTest {

    @Test
    void an_h2_database_is_opened_without_reused_results_and_any_other_as_it_is() {
        assertThat(H2WithoutReusedResults.url("jdbc:h2:file:./.pulje/pulje;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:./.pulje/pulje;AUTO_SERVER=TRUE;OPTIMIZE_REUSE_RESULTS=FALSE");
        assertThat(H2WithoutReusedResults.url("jdbc:h2:mem:x;optimize_reuse_results=TRUE"))
                .isEqualTo("jdbc:h2:mem:x;optimize_reuse_results=TRUE");
        assertThat(H2WithoutReusedResults.url("jdbc:postgresql://127.0.0.1:5432/pulje"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/pulje");
    }
}

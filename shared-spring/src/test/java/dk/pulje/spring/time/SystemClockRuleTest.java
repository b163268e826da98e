package dk.pulje.spring.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SystemClockRuleTest {

    @Test
    void the_shared_plumbing_reads_the_time_only_from_the_clock_bean() {
        SystemClockRule.onlyTheClockBeanReadsTheSystemClock()
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dk.pulje.spring"));
    }

    @Test
    void the_rule_finds_a_class_that_reads_the_system_clock_and_passes_one_that_reads_a_given_clock() {
        assertThat(SystemClockRule.onlyTheClockBeanReadsTheSystemClock()
                        .evaluate(new ClassFileImporter().importClasses(ReadsTheSystemClock.class))
                        .getFailureReport()
                        .getDetails())
                .hasSize(3);
        assertThat(SystemClockRule.onlyTheClockBeanReadsTheSystemClock()
                        .evaluate(new ClassFileImporter().importClasses(ReadsAGivenClock.class))
                        .hasViolation())
                .isFalse();
    }

    static class ReadsTheSystemClock {
        Object now() {
            return java.util.List.of(Instant.now(), LocalDate.now(), Clock.systemUTC());
        }
    }

    static class ReadsAGivenClock {
        Object now(Clock clock) {
            return java.util.List.of(Instant.now(clock), LocalDate.now(clock), clock.instant());
        }
    }
}

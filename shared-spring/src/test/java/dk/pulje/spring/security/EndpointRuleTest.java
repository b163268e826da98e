package dk.pulje.spring.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.pulje.shared.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

class EndpointRuleTest {

    @Test
    void every_shared_endpoint_declares_who_may_call_it() {
        EndpointRule.everyEndpointDeclaresWhoMayCallIt()
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dk.pulje.spring"));
    }

    @Test
    void an_endpoint_that_declares_nobody_or_both_is_found() {
        assertThat(EndpointRule.everyEndpointDeclaresWhoMayCallIt()
                        .evaluate(new ClassFileImporter().importClasses(Undeclared.class))
                        .getFailureReport()
                        .getDetails())
                .hasSize(2)
                .anyMatch(line -> line.contains("nobody()") && line.contains("neither"))
                .anyMatch(line -> line.contains("both()") && line.contains("both"));
    }

    @RestController
    static class Undeclared {

        @Allowed(Role.AUDITOR)
        @GetMapping("/declared")
        String declared() {
            return "";
        }

        @Public
        @GetMapping("/open")
        String open() {
            return "";
        }

        @PostMapping("/nobody")
        String nobody() {
            return "";
        }

        @Public
        @Allowed(Role.AUDITOR)
        @PostMapping("/both")
        String both() {
            return "";
        }

        String notAnEndpoint() {
            return "";
        }
    }
}

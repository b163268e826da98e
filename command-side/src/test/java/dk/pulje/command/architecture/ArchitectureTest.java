package dk.pulje.command.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.pulje.spring.security.EndpointRule;
import dk.pulje.spring.time.SystemClockRule;
import org.junit.jupiter.api.Test;

/** The sides meet only through the published language, and the published language stays free of Spring. */
class ArchitectureTest {

    private final JavaClasses pulje = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.pulje");

    @Test
    void the_command_side_never_uses_the_query_side() {
        noClasses()
                .that()
                .resideInAPackage("dk.pulje.command..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dk.pulje.query..")
                .check(pulje);
    }

    @Test
    void the_published_language_has_no_spring_and_no_persistence() {
        noClasses()
                .that()
                .resideInAPackage("dk.pulje.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "dk.pulje.command..", "dk.pulje.query..")
                .check(pulje);
    }

    @Test
    void the_shared_spring_plumbing_knows_neither_app() {
        noClasses()
                .that()
                .resideInAPackage("dk.pulje.spring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dk.pulje.command..", "dk.pulje.query..")
                .check(pulje);
    }

    /**
     * Every package of the command side is a slice; none depends on another that depends back on it. A feature
     * reaches another feature's aggregate only through the port that feature publishes (docs/architecture.md), and
     * ports point one way.
     */
    @Test
    void the_command_sides_slices_are_free_of_cycles() {
        slices().matching("dk.pulje.command.(*)..").should().beFreeOfCycles().check(pulje);
    }

    @Test
    void aggregates_are_only_used_inside_their_feature() {
        classes()
                .that()
                .areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                .should()
                .notBePublic()
                .check(pulje);
    }

    @Test
    void the_web_layer_does_not_reach_into_aggregates() {
        noClasses()
                .that()
                .resideInAPackage("dk.pulje.command.web..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                .check(pulje);
    }

    /** Deadlines, decisions and the demo's dates all follow the one clock a demo or a test moves. */
    @Test
    void only_the_clock_bean_reads_the_system_clock() {
        SystemClockRule.onlyTheClockBeanReadsTheSystemClock().check(pulje.that(resideInAPackage("dk.pulje.command..")));
    }

    /** Who may call each endpoint is declared beside it; the authorization matrix test checks what it declares. */
    @Test
    void every_endpoint_declares_who_may_call_it() {
        EndpointRule.everyEndpointDeclaresWhoMayCallIt().check(pulje.that(resideInAPackage("dk.pulje.command..")));
    }
}

package dk.pulje.query;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.pulje.query.audit.chain.VerifyChainCommand;
import dk.pulje.spring.security.EndpointRule;
import dk.pulje.spring.time.SystemClockRule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses PULJE = new ClassFileImporter().importPackages("dk.pulje");
    private static final JavaClasses PULJE_MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.pulje.query");

    @Test
    void the_query_side_never_depends_on_the_command_side() {
        noClasses()
                .that()
                .resideInAPackage("dk.pulje.query..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dk.pulje.command..")
                .check(PULJE);
    }

    @Test
    void features_meet_only_through_the_published_language() {
        slices().matching("dk.pulje.query.(programme|pool|application|audit)..")
                .should()
                .notDependOnEachOther()
                .check(PULJE);
    }

    /** Every package of the query side is a slice; none depends on another that depends back on it. */
    @Test
    void the_query_sides_slices_are_free_of_cycles() {
        slices().matching("dk.pulje.query.(*)..").should().beFreeOfCycles().check(PULJE_MAIN);
    }

    @Test
    void infrastructure_knows_no_feature() {
        noClasses()
                .that()
                .resideInAnyPackage("dk.pulje.query.infra..", "dk.pulje.query.web..", "dk.pulje.query.security..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dk.pulje.query.programme..",
                        "dk.pulje.query.pool..",
                        "dk.pulje.query.application..",
                        "dk.pulje.query.audit..")
                .check(PULJE);
    }

    @Test
    void the_public_pages_read_the_features_and_nothing_but_the_applicant_portal_reads_them() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dk.pulje.query.current..", "dk.pulje.query.portal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dk.pulje.query.current..")
                .check(PULJE);
    }

    @Test
    void the_applicant_portal_reads_the_features_and_nothing_reads_the_portal() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dk.pulje.query.portal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dk.pulje.query.portal..")
                .check(PULJE);
    }

    @Test
    void the_dashboard_reads_the_features_and_nothing_reads_the_dashboard() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dk.pulje.query.dashboard..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dk.pulje.query.dashboard..")
                .check(PULJE);
    }

    /** {@code readEvents(id)} begins at the latest snapshot; an audit read must begin at the stream's first event. */
    @Test
    void nothing_on_the_query_side_reads_a_stream_from_a_snapshot() {
        noClasses()
                .should()
                .callMethodWhere(target(name("readEvents"))
                        .and(target(owner(assignableTo(EventStore.class))))
                        .and(target(rawParameterTypes(String.class))))
                .because("a stream read from its latest snapshot drops every decision before it")
                .check(PULJE_MAIN);
    }

    /**
     * Audit reads, whole or a page from a later sequence, go through {@code WholeStream}, which reads stored events
     * only: a page that began at a snapshot would show the command side's state instead of the events.
     */
    @Test
    void audits_and_the_dashboard_read_streams_only_through_the_whole_stream() {
        noClasses()
                .that()
                .resideInAnyPackage("dk.pulje.query.audit..", "dk.pulje.query.dashboard..")
                .and()
                .doNotHaveFullyQualifiedName("dk.pulje.query.audit.WholeStream")
                .should()
                .callMethodWhere(target(name("readEvents")).and(target(owner(assignableTo(EventStore.class)))))
                .because("an audit read must come from the stored events, never a snapshot")
                .check(PULJE_MAIN);
    }

    /**
     * Upcoming deadlines, the dashboard, reminders and everything else that asks the time follow the one clock a demo
     * or a test moves. The chain's command-line verifier runs before any bean exists, outside the app.
     */
    @Test
    void only_the_clock_bean_reads_the_system_clock() {
        SystemClockRule.onlyTheClockBeanReadsTheSystemClock(VerifyChainCommand.class.getName())
                .check(PULJE_MAIN);
    }

    /** Who may call each endpoint is declared beside it; the authorization matrix test checks what it declares. */
    @Test
    void every_endpoint_declares_who_may_call_it() {
        EndpointRule.everyEndpointDeclaresWhoMayCallIt().check(PULJE_MAIN);
    }
}

package dk.pulje.command.pool;

import static dk.pulje.command.pool.PoolFixtures.MANAGER;
import static dk.pulje.command.pool.PoolFixtures.POOL;
import static dk.pulje.command.pool.PoolFixtures.PROGRAMME;
import static dk.pulje.command.pool.PoolFixtures.PUBLISHED_AT;
import static dk.pulje.command.pool.PoolFixtures.drafted;
import static dk.pulje.command.pool.PoolFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.mockito.Mockito.mock;

import dk.pulje.command.document.DocumentNotFound;
import dk.pulje.command.document.InMemoryUploads;
import dk.pulje.command.document.NotYourDocument;
import dk.pulje.command.document.Uploads;
import dk.pulje.command.programme.ProgrammeFunds;
import dk.pulje.shared.TestPools;
import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.common.Actor;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.pool.AmendPool;
import dk.pulje.shared.pool.ApprovePoolAmendment;
import dk.pulje.shared.pool.DraftPool;
import dk.pulje.shared.pool.FaqEntry;
import dk.pulje.shared.pool.GuidanceDocument;
import dk.pulje.shared.pool.PoolAmended;
import dk.pulje.shared.pool.PoolAmendmentProposed;
import dk.pulje.shared.pool.PoolClosed;
import dk.pulje.shared.pool.PoolContact;
import dk.pulje.shared.pool.PoolDrafted;
import dk.pulje.shared.pool.PoolInformation;
import dk.pulje.shared.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pool's public information (contact, questions and answers, guidance documents): set with the draft, changed by
 * an amendment with a reason as a new version of the rules, before and after the pool is published.
 */
class PoolInformationTest {

    private static final String SHA = "b".repeat(64);
    private static final Actor SECOND_MANAGER = new Actor("jonas", Role.POOL_MANAGER);

    private static final PoolContact CONTACT =
            new PoolContact(null, "Center for Økonomi og Tilskudsadministration", "tilskud@example.dk", "33 95 70 00");
    private static final GuidanceDocument GUIDANCE = new GuidanceDocument(
            "guidance-1",
            "Vejledning til ansøgere",
            Map.of("en", "Guidance for applicants"),
            "vejledning.pdf",
            "application/pdf",
            2048,
            SHA);
    private static final PoolInformation INFORMATION = new PoolInformation(
            CONTACT,
            List.of(new FaqEntry(
                    "Hvem kan søge?",
                    "Kommuner.",
                    Map.of("en", new FaqEntry.InLanguage("Who may apply?", "Municipalities.")))),
            List.of(GUIDANCE));

    private final MutableClock clock = new MutableClock(PUBLISHED_AT);
    private AggregateTestFixture<Pool> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pool.class);
        fixture.registerInjectableResource(clock);
        fixture.registerAnnotatedCommandHandler(new PoolFunding(
                fixture.getRepository(),
                EmbeddedEventStore.builder()
                        .storageEngine(new InMemoryEventStorageEngine())
                        .build(),
                mock(ProgrammeFunds.class),
                clock));
    }

    private static AmendPool amendInformation(PoolInformation information, String reason) {
        return new AmendPool(POOL, null, List.of(), MANAGER, reason, null, null, information);
    }

    @Test
    void a_pool_is_drafted_with_its_contact_questions_and_answers_and_guidance() {
        fixture.givenNoPriorActivity()
                .when(new DraftPool(
                        POOL,
                        PROGRAMME,
                        Money.of("24900000"),
                        TestPools.earlyPreventiveEffort2017().withInformation(INFORMATION),
                        MANAGER,
                        "Satspulje 2017"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> payload instanceof PoolDrafted drafted
                                && drafted.terms().publicInformation().equals(INFORMATION)),
                        andNoMore())));
    }

    @Test
    void the_information_is_amended_with_a_reason_before_publication_as_a_new_version_of_the_rules() {
        fixture.given(drafted("24900000"))
                .when(amendInformation(INFORMATION, "The guidance is ready"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> payload instanceof PoolAmended amended
                                && amended.rulesVersion() == 2
                                && amended.information().equals(INFORMATION)
                                && amended.decision().reason().equals("The guidance is ready")
                                && amended.decision().decidedBy().equals(MANAGER.userId())),
                        andNoMore())));
    }

    @Test
    void after_publication_an_amendment_replaces_the_information_in_full_and_none_takes_it_away() {
        PoolInformation faqOnly = new PoolInformation(null, INFORMATION.faq(), null);
        fixture.given(drafted("24900000"), published(), amended(INFORMATION, 2))
                .when(amendInformation(faqOnly, "A new contact follows"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> payload instanceof PoolAmended amended
                                && amended.rulesVersion() == 3
                                && amended.applyTo(TestPools.earlyPreventiveEffort2017()
                                                .withInformation(INFORMATION))
                                        .publicInformation()
                                        .equals(faqOnly)),
                        andNoMore())));
        fixture.given(drafted("24900000"), published(), amended(INFORMATION, 2))
                .when(amendInformation(PoolInformation.NONE, "Moved to the agency's own site"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> payload instanceof PoolAmended amended
                                && amended.applyTo(TestPools.earlyPreventiveEffort2017()
                                                        .withInformation(INFORMATION))
                                                .information()
                                        == null),
                        andNoMore())));
    }

    @Test
    void a_pool_that_needs_a_second_signature_changes_its_information_only_when_another_manager_signs() {
        PoolDrafted needsTwo = new PoolDrafted(
                POOL,
                PROGRAMME,
                Money.of("24900000"),
                TestPools.earlyPreventiveEffort2017(),
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, null),
                true);
        PoolAmendmentProposed proposed = new PoolAmendmentProposed(
                POOL,
                1,
                null,
                List.of(),
                new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, "The guidance is ready"),
                null,
                null,
                INFORMATION);
        fixture.given(needsTwo, published())
                .when(amendInformation(INFORMATION, "The guidance is ready"))
                .expectEvents(proposed);
        fixture.given(needsTwo, published(), proposed)
                .when(new ApprovePoolAmendment(POOL, 1, SECOND_MANAGER, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(payload -> payload instanceof PoolAmended amended
                                && amended.amendment() == 1
                                && amended.information().equals(INFORMATION)
                                && amended.decision().decidedBy().equals(SECOND_MANAGER.userId())),
                        andNoMore())));
    }

    @Test
    void a_closed_pool_keeps_its_information() {
        fixture.given(
                        drafted("24900000"),
                        published(),
                        new PoolClosed(POOL, new Decision(MANAGER.userId(), MANAGER.role(), PUBLISHED_AT, "Done")))
                .when(amendInformation(INFORMATION, "Too late"))
                .expectException(PoolNotInState.class)
                .expectNoEvents();
    }

    @Test
    void bad_contact_details_and_empty_answers_are_refused_before_any_command() {
        assertThatThrownBy(() -> new PoolContact("Mette", null, "mette(at)example.dk", null))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new PoolContact("Mette", null, null, "+1 555 0100"))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new FaqEntry("Hvem kan søge?", "")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AmendPool(POOL, null, List.of(), MANAGER, " ", null, null, INFORMATION))
                .as("an amendment gives its reason")
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_guidance_document_names_an_upload_a_pool_manager_made() {
        InMemoryUploads uploads = new InMemoryUploads();
        uploads.record(new Uploads.Upload(
                Uploads.AGENCY,
                MANAGER.userId(),
                PUBLISHED_AT,
                new Attachment("guidance-1", "vejledning.pdf", "application/pdf", 2048, SHA)));
        uploads.record(new Uploads.Upload(
                "municipality:751",
                "aarhus-clerk",
                PUBLISHED_AT,
                new Attachment("budget-1", "budget.pdf", "application/pdf", 100, SHA)));

        assertThat(plan("guidance-1").resolved(uploads)).isEqualTo(INFORMATION);
        assertThatThrownBy(() -> plan("no-such-upload").resolved(uploads)).isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> plan("budget-1").resolved(uploads))
                .as("an applicant's attachment never becomes public")
                .isInstanceOf(NotYourDocument.class);
        assertThatThrownBy(() -> plan("guidance-1").withoutGuidance()).isInstanceOf(InvalidValue.class);
    }

    private static InformationPlan plan(String documentId) {
        return new InformationPlan(
                CONTACT,
                INFORMATION.faq(),
                List.of(new InformationPlan.GuidancePlan(
                        documentId, "Vejledning til ansøgere", Map.of("en", "Guidance for applicants"))));
    }

    private static PoolAmended amended(PoolInformation information, int rulesVersion) {
        return new PoolAmended(
                POOL,
                Money.of("24900000"),
                Money.of("24900000"),
                TestPools.earlyPreventiveEffort2017().rounds(),
                rulesVersion,
                new Decision(MANAGER.userId(), MANAGER.role(), Instant.parse("2017-02-10T09:00:00Z"), "Information"),
                null,
                null,
                null,
                information);
    }
}

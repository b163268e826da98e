package dk.pulje.shared.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pulje.shared.TestPools;
import dk.pulje.shared.common.Decision;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.common.Role;
import dk.pulje.shared.programme.ProgrammeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pool's contact, questions and answers and guidance documents: checked when they are made, kept as stored, and
 * absent from terms and amendments stored before pools had them.
 */
class PoolInformationTest {

    private static final String SHA = "a".repeat(64);

    private final JsonMapper json = JsonMapper.builder().build();
    private final Decision decision =
            new Decision("mette", Role.POOL_MANAGER, Instant.parse("2017-03-30T09:00:00Z"), "More to read");

    static PoolInformation information() {
        return new PoolInformation(
                new PoolContact("Stinne Grydehøj", "Center for Børn, Unge og Familier", null, "91 37 02 02"),
                List.of(new FaqEntry(
                        "Hvem kan søge?",
                        "Kommuner.",
                        Map.of("en", new FaqEntry.InLanguage("Who may apply?", "Municipalities.")))),
                List.of(new GuidanceDocument(
                        "doc-1",
                        "Vejledning til ansøgere",
                        Map.of("en", "Guidance for applicants"),
                        "vejledning.pdf",
                        "application/pdf",
                        1234,
                        SHA)));
    }

    @Test
    void a_contact_names_a_person_or_a_unit_and_is_reached_by_a_real_e_mail_and_a_danish_phone() {
        assertThat(new PoolContact(null, "Center for Økonomi og Tilskudsadministration", null, null).unit())
                .isEqualTo("Center for Økonomi og Tilskudsadministration");
        assertThat(new PoolContact("Mette", null, "puljer@example.dk", "+45 91 37 02 02").phone())
                .isEqualTo("+45 91 37 02 02");
        assertThat(new PoolContact("Mette", null, null, "91370202").phone()).isEqualTo("91370202");
        assertThatThrownBy(() -> new PoolContact(" ", null, "puljer@example.dk", null))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("names a person or a unit");
        assertThatThrownBy(() -> new PoolContact("Mette", null, "puljer.example.dk", null))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).code())
                .isEqualTo("pool.contact-email");
        assertThatThrownBy(() -> new PoolContact("Mette", null, null, "913 70 20"))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).code())
                .isEqualTo("pool.contact-phone");
        assertThatThrownBy(() -> new PoolContact("Mette", null, null, "+46 91 37 02 02"))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new PoolContact("x".repeat(201), null, null, null))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("at most 200");
    }

    @Test
    void questions_and_answers_are_read_in_the_readers_language_where_the_pool_has_it() {
        FaqEntry entry = information().faq().get(0);

        assertThat(entry.in("en")).isEqualTo(new FaqEntry.InLanguage("Who may apply?", "Municipalities."));
        assertThat(entry.in("da")).isEqualTo(new FaqEntry.InLanguage("Hvem kan søge?", "Kommuner."));
        assertThatThrownBy(() -> new FaqEntry("Hvem?", " "))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("answer is required");
        assertThatThrownBy(() -> new FaqEntry("Hvem?", "Kommuner.", Map.of("eng", new FaqEntry.InLanguage("a", "b"))))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("two-letter language code");
    }

    @Test
    void a_guidance_document_is_named_once_and_carries_its_sha_256() {
        GuidanceDocument guidance = information().guidance().get(0);

        assertThat(guidance.titleIn("en")).isEqualTo("Guidance for applicants");
        assertThatThrownBy(() -> new GuidanceDocument("doc-1", "Vejledning", null, "v.pdf", "application/pdf", 1, "x"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> new PoolInformation(null, null, List.of(guidance, guidance)))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("named once");
    }

    @Test
    void a_pool_drafted_with_information_round_trips_and_an_amendment_replaces_it_in_full() {
        PoolTerms terms = TestPools.earlyPreventiveEffort2017().withInformation(information());
        PoolDrafted drafted =
                new PoolDrafted(PoolId.of("pool-1"), ProgrammeId.of("prog-1"), Money.millions("24.9"), terms, decision);

        assertThat(json.readValue(json.writeValueAsString(drafted), PoolDrafted.class))
                .isEqualTo(drafted);

        PoolInformation contactOnly = new PoolInformation(information().contact(), null, null);
        PoolAmended amended = new PoolAmended(
                PoolId.of("pool-1"),
                Money.millions("24.9"),
                Money.millions("24.9"),
                terms.rounds(),
                2,
                decision,
                null,
                null,
                null,
                contactOnly);
        PoolAmended stored = json.readValue(json.writeValueAsString(amended), PoolAmended.class);

        assertThat(stored).isEqualTo(amended);
        assertThat(stored.applyTo(terms).publicInformation()).isEqualTo(contactOnly);
        assertThat(new PoolAmended(
                                PoolId.of("pool-1"),
                                Money.millions("24.9"),
                                Money.millions("24.9"),
                                terms.rounds(),
                                3,
                                decision,
                                null,
                                null,
                                null,
                                PoolInformation.NONE)
                        .applyTo(terms)
                        .information())
                .as("an amendment to nothing takes it all away")
                .isNull();
    }

    @Test
    void terms_and_amendments_stored_before_pools_had_information_read_as_telling_nothing() {
        PoolTerms terms = TestPools.earlyPreventiveEffort2017();
        PoolAmended amended = new PoolAmended(
                PoolId.of("pool-1"), Money.millions("24.9"), Money.millions("25"), terms.rounds(), 2, decision, null);

        String storedTerms = json.writeValueAsString(terms);
        String storedAmendment = json.writeValueAsString(amended);

        assertThat(storedTerms).doesNotContain("information");
        assertThat(storedAmendment).doesNotContain("information");
        assertThat(json.readValue(storedTerms, PoolTerms.class).publicInformation())
                .isEqualTo(PoolInformation.NONE);
        PoolAmended read = json.readValue(storedAmendment, PoolAmended.class);
        assertThat(read.information()).isNull();
        assertThat(read.applyTo(terms.withInformation(information())).publicInformation())
                .as("an amendment without information keeps what the pool tells")
                .isEqualTo(information());
    }
}

package dk.pulje.command.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pulje.command.pool.LetterFacts;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.common.Money;
import dk.pulje.shared.decision.DecisionOutcome;
import dk.pulje.shared.pool.Earmark;
import dk.pulje.shared.pool.GrantConditions;
import dk.pulje.shared.pool.ProjectPeriod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision letter's PDF, read back as text: the decision, its amount and reasons, and the complaint guidance. */
class LetterWriterTest {

    private static final LetterFacts FACTS = new LetterFacts(
            "Initiativer til en tidlig, forebyggende og mere effektiv indsats",
            Applicant.municipality("751"),
            GrantConditions.STANDARD,
            new ProjectPeriod(LocalDate.parse("2017-08-01"), LocalDate.parse("2020-12-31")),
            List.of());

    private static LetterSettings settings(Path templates, String language) {
        return new LetterSettings("Socialstyrelsen", Period.ofWeeks(4), "Ankestyrelsen", templates, language);
    }

    private static LetterContent grant(LetterFacts facts) {
        return new LetterContent(
                "Socialstyrelsen",
                facts,
                "aarhus-ppr",
                DecisionOutcome.GRANT,
                Money.of("2000000.00"),
                "Ansøgningen opfylder puljens kriterier og scorer 4 af 5; Aarhus Kommune har ikke fået tilskud fra "
                        + "puljen i 2016 og prioriteres derfor.",
                List.of(4, 4),
                LocalDate.parse("2017-05-01"),
                LocalDate.parse("2017-05-29"),
                "Ankestyrelsen");
    }

    private static LetterContent rejectionOf(LetterContent l) {
        return new LetterContent(
                l.agency(),
                l.facts(),
                l.applicationId(),
                DecisionOutcome.REJECTION,
                null,
                l.reasons(),
                l.scores(),
                l.decidedOn(),
                l.reconsiderationBy(),
                l.complaintBody());
    }

    private static LetterContent withReasons(LetterContent l, String reasons) {
        return new LetterContent(
                l.agency(),
                l.facts(),
                l.applicationId(),
                l.outcome(),
                l.amount(),
                reasons,
                l.scores(),
                l.decidedOn(),
                l.reconsiderationBy(),
                l.complaintBody());
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void a_grant_letter_tells_the_decision_amount_reasons_conditions_and_complaint_guidance() throws IOException {
        String text = textOf(new LetterWriter(settings(null, "da")).pdf(grant(FACTS)));

        assertThat(text)
                .contains("Tilsagn om tilskud")
                .contains("Aarhus Kommune")
                .contains("2.000.000,00 kr.")
                .contains("scorer 4 af 5; Aarhus Kommune har ikke fået tilskud")
                .contains("Vilkår")
                .contains("senest 14 dage efter dette brev")
                .contains("Klagevejledning")
                .contains("genvurdere")
                .contains("29. maj 2017")
                .contains("Ankestyrelsen")
                .doesNotContain("Afslag");
    }

    @Test
    void a_grant_changed_on_reconsideration_has_a_letter_telling_the_old_amount_and_the_new() throws IOException {
        LetterContent g = grant(FACTS);
        LetterContent changed = new LetterContent(
                g.agency(),
                g.facts(),
                g.applicationId(),
                DecisionOutcome.GRANT,
                Money.of("2250000.50"),
                "Projektets rækkevidde var undervurderet.",
                List.of(),
                LocalDate.parse("2017-05-20"),
                LocalDate.parse("2017-06-17"),
                g.complaintBody(),
                Money.of("2000000.00"));

        assertThat(textOf(new LetterWriter(settings(null, "da")).pdf(changed)))
                .contains("Ændret tilsagn efter genvurdering")
                .contains("fra 2.000.000,00 kr. til 2.250.000,50 kr.")
                .contains("Projektets rækkevidde var undervurderet.")
                .contains("Klagevejledning")
                .contains("17. juni 2017")
                .doesNotContain("senest 14 dage efter dette brev");
        assertThat(textOf(new LetterWriter(settings(null, "en")).pdf(changed)))
                .contains("Grant changed on reconsideration")
                .contains("from 2,000,000.00 kr. to 2,250,000.50 kr.");
    }

    @Test
    void a_rejection_letter_tells_the_rejection_its_reasons_and_the_complaint_guidance_but_no_amount()
            throws IOException {
        LetterContent rejection = new LetterContent(
                "Socialstyrelsen",
                FACTS,
                "aarhus-ppr",
                DecisionOutcome.REJECTION,
                null,
                "Puljens midler er brugt på ansøgninger med højere score.",
                List.of(2),
                LocalDate.parse("2017-05-01"),
                LocalDate.parse("2017-05-29"),
                "Ankestyrelsen");

        String text = textOf(new LetterWriter(settings(null, "da")).pdf(rejection));

        assertThat(text)
                .contains("Afslag på ansøgning om tilskud")
                .contains("Puljens midler er brugt på ansøgninger med højere score.")
                .contains("Klagevejledning")
                .contains("29. maj 2017")
                .contains("Ankestyrelsen")
                .doesNotContain("kr.");
    }

    @Test
    void earmarks_are_among_the_conditions() throws IOException {
        LetterFacts earmarked = new LetterFacts(
                FACTS.poolTitle(),
                FACTS.applicant(),
                FACTS.conditions(),
                FACTS.projectPeriod(),
                List.of(new Earmark("partnership", "partnerskabet med Socialstyrelsen", Money.of("1800000.00"))));

        String text = textOf(new LetterWriter(settings(null, "da")).pdf(grant(earmarked)));

        assertThat(text).contains("mindst 1.800.000,00 kr. øremærket til: partnerskabet med Socialstyrelsen");
    }

    @Test
    void the_letter_is_written_in_english_when_set_so() throws IOException {
        String text = textOf(new LetterWriter(settings(null, "en")).pdf(grant(FACTS)));

        assertThat(text).contains("Grant awarded", "2,000,000.00 kr.", "How to complain", "May 29, 2017");
    }

    @Test
    void the_agencys_own_template_replaces_the_built_in_one(@TempDir Path templates) throws IOException {
        Files.createDirectories(templates.resolve("da"));
        Files.writeString(
                templates.resolve("da/grant.txt"),
                "# Bevillingsbrev\n\nI får [(${amount})]. Klage: [(${letter.complaintBody})] inden [(${reconsiderationBy})].");

        String text = textOf(new LetterWriter(settings(templates, "da")).pdf(grant(FACTS)));

        assertThat(text)
                .contains("Bevillingsbrev", "I får 2.000.000,00 kr.", "Ankestyrelsen inden 29. maj 2017")
                .doesNotContain("Tilsagn om tilskud");
        assertThat(textOf(new LetterWriter(settings(templates, "da")).pdf(rejectionOf(grant(FACTS)))))
                .as("a template the agency does not have is the built-in one")
                .contains("Afslag på ansøgning om tilskud");
    }

    @Test
    void a_long_letter_runs_onto_more_pages_and_nothing_is_lost() throws IOException {
        String reasons = "Begrundelse. ".repeat(900) + "SLUT";
        LetterContent letter = withReasons(grant(FACTS), reasons);

        byte[] pdf = new LetterWriter(settings(null, "da")).pdf(letter);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(textOf(pdf)).contains("SLUT", "Klagevejledning");
    }
}

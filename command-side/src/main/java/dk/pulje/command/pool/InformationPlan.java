package dk.pulje.command.pool;

import dk.pulje.command.document.Uploads;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.pool.FaqEntry;
import dk.pulje.shared.pool.PoolContact;
import dk.pulje.shared.pool.PoolInformation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * What a pool's page tells applicants beyond its terms, as a pool manager writes it down: the contact, questions and
 * answers, and guidance documents named by the documentId of an upload (POST /documents) with a title.
 */
@Schema(example = """
        {"contact": {"name": "Stinne Grydehøj", "unit": "Center for Børn, Unge og Familier",
                     "email": "puljer@example.dk", "phone": "91 37 02 02"},
         "faq": [{"question": "Hvem kan søge?", "answer": "Kommuner.",
                  "translations": {"en": {"question": "Who may apply?", "answer": "Municipalities."}}}],
         "guidance": [{"documentId": "3f2a…", "title": "Vejledning til ansøgere",
                       "translations": {"en": "Guidance for applicants"}}]}""")
public record InformationPlan(
        @Schema(
                nullable = true,
                description = "optional; whom applicants contact: name (a person) and/or unit, at least one; email "
                        + "and phone (Danish, eight digits, optionally after +45) where given")
        PoolContact contact,

        @Schema(
                nullable = true,
                description = "optional; questions and answers, each with translations by language code")
        List<FaqEntry> faq,

        @Schema(
                nullable = true,
                description = "optional; guidance documents to download, each a document a pool manager uploaded "
                        + "(POST /documents), with a title and its translations")
        List<GuidancePlan> guidance) {

    /** A guidance document: the upload's documentId, and the title it is published under. */
    public record GuidancePlan(
            String documentId,
            String title,

            @Schema(nullable = true, description = "optional; the title in other languages, by language code")
            Map<String, String> translations) {}

    /**
     * The information with each guidance document as it was uploaded; an unknown document id, or one an applicant
     * uploaded, is refused before any event (see {@link Uploads#guidance}).
     */
    public PoolInformation resolved(Uploads uploads) {
        List<GuidancePlan> documents = guidance == null ? List.of() : guidance;
        if (documents.stream()
                .anyMatch(g ->
                        g == null || g.documentId() == null || g.documentId().isBlank())) {
            throw new InvalidValue("pool.guidance", "Each guidance document names the documentId of an upload");
        }
        return new PoolInformation(
                contact,
                faq,
                documents.stream()
                        .map(g -> uploads.guidance(g.documentId(), g.title(), g.translations()))
                        .toList());
    }

    /** The information of a plan that names no guidance documents (the demo's, which has no uploads). */
    PoolInformation withoutGuidance() {
        if (guidance != null && !guidance.isEmpty()) {
            throw new InvalidValue("pool.guidance", "Guidance documents are named by uploads the pool manager made");
        }
        return new PoolInformation(contact, faq, List.of());
    }
}

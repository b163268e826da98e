package dk.pulje.query.accessrequest;

import dk.pulje.query.audit.HistoryEntry;
import dk.pulje.query.audit.Provenance;
import dk.pulje.query.web.NotFound;
import dk.pulje.shared.application.Applicant;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.decision.DecisionId;
import dk.pulje.shared.grant.GrantId;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.documents.Document;
import dk.pulje.spring.documents.DocumentStore;
import dk.pulje.spring.documents.DocumentTampered;
import dk.pulje.spring.documents.UnknownDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers everything about one application from the event store (never from the read models), the whole of each of
 * its streams, and redacts it for the requester: see {@link Redaction}.
 */
@Component
class ApplicationFile {

    private static final Set<String> SUBMISSION = Set.of(
            "ApplicationSubmitted",
            "ApplicationAmended",
            "ApplicationWithdrawn",
            "PartnershipConfirmed",
            "PartnershipDeclined",
            "PartnerRemoved");
    private static final Set<String> ASSESSMENT = Set.of(
            "AssessorAssigned",
            "ApplicationScreened",
            "ApplicationScored",
            "ApplicationAssessed",
            "ConsensusRecorded",
            "ConflictOfInterestDeclared");
    private static final Set<String> ATTACHING = Set.of("ApplicationSubmitted", "ReportSubmitted");

    private final Provenance provenance;
    private final DocumentStore documents;
    private final JsonMapper json;

    ApplicationFile(Provenance provenance, DocumentStore documents, JsonMapper json) {
        this.provenance = provenance;
        this.documents = documents;
        this.json = json;
    }

    private record Streamed(String stream, HistoryEntry entry) {}

    /** The application's export for the request; 404 when the pool has no application with the id. */
    AccessExport export(
            PoolId poolId,
            ApplicationId applicationId,
            AccessRequest request,
            String exportId,
            Instant at,
            String exportedByRole) {
        List<Streamed> history = new ArrayList<>();
        provenance
                .history(poolId, applicationId.value())
                .forEach(entry -> history.add(new Streamed("application", entry)));
        if (history.isEmpty()) {
            throw new NotFound("Pool " + poolId + " has no application " + applicationId);
        }
        provenance.history(DecisionId.of(applicationId)).forEach(entry -> history.add(new Streamed("decision", entry)));
        provenance.history(GrantId.of(applicationId)).forEach(entry -> history.add(new Streamed("grant", entry)));

        String lead = null;
        Set<String> partners = new HashSet<>();
        for (Streamed streamed : history) {
            JsonNode payload = streamed.entry().payload();
            if (lead == null && "ApplicationSubmitted".equals(streamed.entry().event())) {
                lead = json.treeToValue(payload.get("applicant"), Applicant.class)
                        .key();
                payload.path("partners")
                        .forEach(partner -> partners.add(
                                json.treeToValue(partner, Applicant.class).key()));
            }
        }
        String requester = request.requester().organisation();
        Standing standing = requester != null && requester.equals(lead)
                ? Standing.LEAD_APPLICANT
                : requester != null && partners.contains(requester) ? Standing.PARTNER : Standing.THIRD_PARTY;

        Redaction redaction = new Redaction(requester, lead);
        history.forEach(streamed -> redaction.learn(streamed.entry()));
        List<AccessExport.ExportedEvent> events =
                history.stream().map(streamed -> event(streamed, redaction)).toList();
        List<AccessExport.ExportedLetter> letters = history.stream()
                .filter(streamed ->
                        "DecisionLetterIssued".equals(streamed.entry().event()))
                .map(streamed -> letter(streamed.entry(), standing))
                .toList();
        List<AccessExport.ExportedAttachment> attachments = attachments(history, standing);
        return new AccessExport(
                exportId,
                at,
                exportedByRole,
                request.reason(),
                request.requester(),
                standing,
                poolId.value(),
                applicationId.value(),
                new AccessExport.Redactions(Redaction.MARKER, Redaction.RULES, redaction.redacted()),
                events,
                letters,
                attachments);
    }

    private static AccessExport.ExportedEvent event(Streamed streamed, Redaction redaction) {
        HistoryEntry entry = streamed.entry();
        JsonNode payload = redaction.payload(entry);
        return new AccessExport.ExportedEvent(
                streamed.stream(),
                entry.sequence(),
                kind(streamed.stream(), entry.event()),
                entry.event(),
                entry.recordedAt(),
                entry.recordedAtCopenhagen(),
                redaction.by(entry),
                entry.role(),
                entry.eventId(),
                payload);
    }

    private static String kind(String stream, String event) {
        if (stream.equals("grant")) {
            return "GRANT";
        }
        if (stream.equals("decision")) {
            return event.equals("DecisionLetterIssued") ? "LETTER" : "RECONSIDERING";
        }
        return SUBMISSION.contains(event) ? "SUBMISSION" : ASSESSMENT.contains(event) ? "ASSESSING" : "DECISION";
    }

    /** The letter's metadata, and its PDF for the lead applicant it was sent to, checked against its SHA-256. */
    private AccessExport.ExportedLetter letter(HistoryEntry entry, Standing standing) {
        JsonNode payload = entry.payload();
        String documentId = payload.path("documentId").asString();
        String sha256 = payload.path("sha256").asString();
        Content content = standing == Standing.LEAD_APPLICANT
                ? content(documentId, sha256)
                : Content.withheld(
                        "The letter names people other than the requester; it is not redacted automatically");
        return new AccessExport.ExportedLetter(
                documentId,
                sha256,
                payload.path("outcome").asString(),
                payload.hasNonNull("amount") ? payload.get("amount").asString() : null,
                payload.path("language").asString(),
                entry.recordedAt(),
                content.bytes(),
                content.withheld());
    }

    /**
     * Every document the application and its reports attached, once each (a report submitted again may attach the
     * same one), as first recorded. The lead applicant gets the documents themselves: its organisation uploaded them
     * (a report's too, as the grantee). Anyone else, a partner included, gets what the events say of them, as for a
     * letter: a document may name people, and it is not redacted automatically.
     */
    private List<AccessExport.ExportedAttachment> attachments(List<Streamed> history, Standing standing) {
        Map<String, AccessExport.ExportedAttachment> attachments = new LinkedHashMap<>();
        for (Streamed streamed : history) {
            HistoryEntry entry = streamed.entry();
            if (!ATTACHING.contains(entry.event())) {
                continue;
            }
            for (JsonNode attachment : entry.payload().path("attachments")) {
                String documentId = attachment.path("documentId").asString();
                String sha256 = attachment.path("sha256").asString();
                if (attachments.containsKey(documentId + "/" + sha256)) {
                    continue;
                }
                Content content = standing == Standing.LEAD_APPLICANT
                        ? content(documentId, sha256)
                        : Content.withheld("An attachment may name people other than the requester; it is not redacted "
                                + "automatically");
                attachments.put(
                        documentId + "/" + sha256,
                        new AccessExport.ExportedAttachment(
                                documentId,
                                sha256,
                                attachment.path("fileName").asString(),
                                attachment.path("mediaType").asString(),
                                attachment.path("size").asLong(),
                                streamed.stream(),
                                entry.sequence(),
                                entry.event(),
                                entry.payload().hasNonNull("reportId")
                                        ? entry.payload().get("reportId").asString()
                                        : null,
                                content.bytes(),
                                content.withheld()));
            }
        }
        return List.copyOf(attachments.values());
    }

    /** A document's content, or why it is not handed out. */
    private record Content(byte[] bytes, String withheld) {

        static Content withheld(String why) {
            return new Content(null, why);
        }
    }

    /** The document as stored, only while it has the SHA-256 its event recorded. */
    private Content content(String documentId, String sha256) {
        try {
            Document document = documents.get(documentId, sha256);
            return new Content(document.content(), null);
        } catch (UnknownDocument missing) {
            return Content.withheld("The document store holds no document with this id");
        } catch (DocumentTampered altered) {
            return Content.withheld(
                    "The stored document no longer has the SHA-256 recorded for it, so it is not handed out");
        } catch (RuntimeException unreachable) {
            return Content.withheld("The document store could not be read; export again later for the document");
        }
    }
}

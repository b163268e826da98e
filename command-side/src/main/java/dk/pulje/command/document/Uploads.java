package dk.pulje.command.document;

import dk.pulje.shared.application.Attachment;
import dk.pulje.shared.pool.GuidanceDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents uploaded, each with the organisation it was uploaded for: an application may attach only its own
 * organisation's; a pool publishes as guidance only what a pool manager uploaded for the agency ({@link #AGENCY}),
 * never an applicant's attachment.
 */
public interface Uploads {

    /** The organisation a pool manager's uploads are recorded for: the agency that runs the pools. */
    String AGENCY = "agency";

    /** An upload: the organisation it belongs to, who uploaded it and when, and the document as it was stored. */
    record Upload(String organisation, String uploadedBy, Instant uploadedAt, Attachment document) {}

    void record(Upload upload);

    Optional<Upload> find(String documentId);

    /**
     * The uploads {@code documentIds} names, as they were stored, each the organisation's own; refused before any
     * event when one is unknown ({@link DocumentNotFound}) or another organisation's ({@link NotYourDocument}).
     */
    default List<Attachment> attached(List<String> documentIds, String organisation) {
        List<Attachment> attachments = new ArrayList<>();
        for (String documentId : documentIds) {
            Upload upload = find(documentId)
                    .orElseThrow(() -> new DocumentNotFound("No document " + documentId + " was uploaded"));
            if (!upload.organisation().equals(organisation)) {
                throw new NotYourDocument(
                        "Document " + documentId + " was uploaded by another organisation, not " + organisation);
            }
            attachments.add(upload.document());
        }
        return attachments;
    }

    /**
     * The guidance document {@code documentId} names, titled {@code title} (with {@code translations}), as it was
     * stored; refused before any event when no upload has the id ({@link DocumentNotFound}) or an applicant uploaded
     * it ({@link NotYourDocument}): an applicant's attachment never becomes public.
     */
    default GuidanceDocument guidance(String documentId, String title, Map<String, String> translations) {
        Upload upload =
                find(documentId).orElseThrow(() -> new DocumentNotFound("No document " + documentId + " was uploaded"));
        if (!upload.organisation().equals(AGENCY)) {
            throw new NotYourDocument("Document " + documentId
                    + " was uploaded by an applicant; a pool's guidance is a document a pool manager uploaded");
        }
        Attachment document = upload.document();
        return new GuidanceDocument(
                document.documentId(),
                title,
                translations,
                document.fileName(),
                document.mediaType(),
                document.size(),
                document.sha256());
    }
}

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
 * never an applicant's attachment. An applicant's upload is noted as attached in the transaction of the event that
 * attaches it; one never attached is deleted after a while ({@link UnattachedUploads}), one attached never. The
 * agency's uploads (a pool's guidance, referred to by the pool's events) are never deleted as unattached.
 */
public interface Uploads {

    /** The organisation a pool manager's uploads are recorded for: the agency that runs the pools. */
    String AGENCY = "agency";

    /** An upload: the organisation it belongs to, who uploaded it and when, and the document as it was stored. */
    record Upload(String organisation, String uploadedBy, Instant uploadedAt, Attachment document) {}

    void record(Upload upload);

    Optional<Upload> find(String documentId);

    /**
     * Notes the upload as attached at {@code at}, unless it was already; {@code false} when there is no such upload
     * (any more).
     */
    boolean markAttached(String documentId, Instant at);

    /**
     * Applicants' uploads never attached that were uploaded before {@code uploadedBefore}, oldest first, at most
     * {@code limit}; the agency's are never among them.
     */
    List<String> unattached(Instant uploadedBefore, int limit);

    /**
     * Deletes the upload's row if it is still not attached; {@code true} when it did, and only then may its content be
     * deleted from the document store.
     */
    boolean forgetUnattached(String documentId);

    /**
     * The uploads {@code documentIds} names, as they were stored, each the organisation's own, noted as attached at
     * {@code at}: call it last before the event that attaches them, in its transaction. Refused before any event when
     * one is unknown or was deleted meanwhile ({@link DocumentNotFound}) or is another organisation's
     * ({@link NotYourDocument}).
     */
    default List<Attachment> attach(List<String> documentIds, String organisation, Instant at) {
        List<Attachment> attachments = new ArrayList<>();
        for (String documentId : documentIds) {
            Upload upload = find(documentId).orElseThrow(() -> notFound(documentId));
            if (!upload.organisation().equals(organisation)) {
                throw new NotYourDocument(
                        "Document " + documentId + " was uploaded by another organisation, not " + organisation);
            }
            attachments.add(upload.document());
        }
        for (String documentId : documentIds) {
            // Row by row under the database's lock: an upload deleted as unattached since it was read is refused.
            if (!markAttached(documentId, at)) {
                throw notFound(documentId);
            }
        }
        return attachments;
    }

    private static DocumentNotFound notFound(String documentId) {
        return new DocumentNotFound("No document " + documentId + " was uploaded");
    }

    /**
     * The guidance document {@code documentId} names, titled {@code title} (with {@code translations}), as it was
     * stored; refused before any event when no upload has the id ({@link DocumentNotFound}) or an applicant uploaded
     * it ({@link NotYourDocument}): an applicant's attachment never becomes public.
     */
    default GuidanceDocument guidance(String documentId, String title, Map<String, String> translations) {
        Upload upload = find(documentId).orElseThrow(() -> notFound(documentId));
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

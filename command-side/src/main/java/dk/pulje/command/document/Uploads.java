package dk.pulje.command.document;

import dk.pulje.shared.application.Attachment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documents applicants uploaded, each with the organisation it was uploaded for: an application may attach only
 * its own organisation's.
 */
public interface Uploads {

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
}

package dk.pulje.command.document;

import dk.pulje.shared.application.Attachment;
import java.time.Instant;
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
}

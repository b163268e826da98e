package dk.pulje.command.document;

import dk.pulje.spring.documents.DocumentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes uploads no application or report attached within {@code pulje.documents.unattached.kept-for}: their row
 * and their content in the document store ({@link UnattachedUploadsSchedule} runs it). The row goes first, and only
 * while it is still unattached: a submission attaching the upload meanwhile either finds the row gone and is refused,
 * or has marked it and so keeps it. An attached upload is never deleted.
 */
@Component
class UnattachedUploads {

    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(UnattachedUploads.class);

    private final Uploads uploads;
    private final DocumentStore documents;
    private final Clock clock;
    private final UnattachedUploadSettings settings;

    UnattachedUploads(Uploads uploads, DocumentStore documents, Clock clock, UnattachedUploadSettings settings) {
        this.uploads = uploads;
        this.documents = documents;
        this.clock = clock;
        this.settings = settings;
    }

    /** Every upload older than the time kept and still unattached, in batches; says how many were deleted. */
    int deleteExpired() {
        Instant uploadedBefore = clock.instant().minus(settings.keptFor());
        int deleted = 0;
        List<String> expired = uploads.unattached(uploadedBefore, BATCH);
        while (!expired.isEmpty()) {
            for (String documentId : expired) {
                if (uploads.forgetUnattached(documentId)) {
                    deleteContent(documentId);
                    deleted++;
                }
            }
            expired = expired.size() < BATCH ? List.of() : uploads.unattached(uploadedBefore, BATCH);
        }
        if (deleted > 0) {
            log.info("Deleted {} uploads no application or report attached before {}", deleted, uploadedBefore);
        }
        return deleted;
    }

    /** A store out of reach ends the sweep (the next one goes on), leaving this one document's content behind. */
    private void deleteContent(String documentId) {
        try {
            documents.delete(documentId);
        } catch (RuntimeException e) {
            log.warn(
                    "Upload {} was never attached and its row is deleted, but its content is left in the document "
                            + "store: delete it there",
                    documentId);
            throw e;
        }
    }
}

package dk.pulje.query.decision;

import dk.pulje.query.application.ApplicationAccess;
import dk.pulje.query.web.NotFound;
import dk.pulje.query.web.StoredDownload;
import dk.pulje.shared.application.ApplicationId;
import dk.pulje.shared.pool.PoolId;
import dk.pulje.spring.documents.DocumentStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A decision letter handed out as a PDF, wherever it is downloaded (the API, the portal's application and grant
 * pages): read as its application is read ({@link ApplicationAccess}), and checked against the SHA-256 its event
 * recorded.
 */
@Component
public class LetterDownloads {

    private final ApplicationAccess access;
    private final LetterQueries letters;
    private final DocumentStore documents;

    LetterDownloads(ApplicationAccess access, LetterQueries letters, DocumentStore documents) {
        this.access = access;
        this.letters = letters;
        this.documents = documents;
    }

    public ResponseEntity<byte[]> letter(PoolId poolId, ApplicationId applicationId, String documentId) {
        access.readable(poolId, applicationId);
        LetterView letter = letters.letter(poolId, applicationId, documentId)
                .orElseThrow(() -> new NotFound("Application " + applicationId + " has no letter " + documentId));
        return StoredDownload.of(
                documents,
                letter.documentId(),
                letter.sha256(),
                MediaType.APPLICATION_PDF,
                "decision-" + applicationId + "-" + documentId + ".pdf");
    }
}

package dk.pulje.query.web;

import dk.pulje.spring.documents.Document;
import dk.pulje.spring.documents.DocumentStore;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document from the document store handed out as a download: read and checked against the SHA-256 its event
 * recorded, with its type, its file name, never sniffed by the browser as another type, and that SHA-256.
 */
public final class StoredDownload {

    private StoredDownload() {}

    public static ResponseEntity<byte[]> of(
            DocumentStore documents, String documentId, String sha256, MediaType type, String fileName) {
        Document document = documents.get(documentId, sha256);
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + sha256)
                .body(document.content());
    }
}

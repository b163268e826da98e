package dk.pulje.query.web;

import dk.pulje.spring.documents.Document;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document from the document store handed out as a download: its type, its file name, never sniffed by the browser
 * as another type, and with the SHA-256 its event recorded (which the store checked it against when it was read).
 */
public final class StoredDownload {

    private StoredDownload() {}

    public static ResponseEntity<byte[]> of(Document document, MediaType type, String fileName, String sha256) {
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

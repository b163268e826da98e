package dk.pulje.command.document;

import org.springframework.http.HttpStatus;

/** An upload refused before anything is stored: {@code slug} becomes the problem type {@code /problems/{slug}}. */
class DocumentRefused extends RuntimeException {

    private final HttpStatus status;
    private final String slug;

    DocumentRefused(HttpStatus status, String slug, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
    }

    static DocumentRefused tooLarge(long maxBytes) {
        return new DocumentRefused(
                HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "A document has at most " + maxBytes + " bytes");
    }

    HttpStatus status() {
        return status;
    }

    String slug() {
        return slug;
    }
}

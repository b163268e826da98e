package dk.pulje.spring.documents;

/** A stored document's content no longer has the SHA-256 recorded for it: it was altered or damaged in the store. */
public class DocumentTampered extends RuntimeException {

    public DocumentTampered(String message) {
        super(message);
    }
}

package dk.pulje.spring.documents;

/**
 * Where documents — decision letters, an applicant's attachments — are kept: files in the embedded run, an
 * S3-compatible store (MinIO) in the distributed one. A document is stored once under an id of the store's choosing
 * and never changed; its SHA-256 goes into the event that records it, and every read checks the content against the
 * hash the caller has from that event, so a document altered in the store is never handed out as the one recorded.
 */
public interface DocumentStore {

    /** Stores the content and says under which id, with its SHA-256 (lower-case hex). */
    StoredDocument put(byte[] content, String mediaType);

    /**
     * The document stored under the id, its content checked against {@code sha256}.
     *
     * @throws UnknownDocument  when the store holds no document of that id
     * @throws DocumentTampered when the content's hash is not {@code sha256}
     */
    Document get(String id, String sha256);

    /**
     * Removes the document stored under the id; nothing when there is none. Only for a document no event records (an
     * upload never attached): what an event records stays, as the hash chain covers it.
     */
    void delete(String id);
}

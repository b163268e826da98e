package dk.pulje.spring.documents;

/** A document as the store took it: its id, the SHA-256 of its content (lower-case hex), media type and size. */
public record StoredDocument(String id, String sha256, String mediaType, long size) {}

package dk.pulje.spring.documents;

/** A document read back from the store, its content checked against the hash recorded for it. */
public record Document(String id, String sha256, String mediaType, byte[] content) {}

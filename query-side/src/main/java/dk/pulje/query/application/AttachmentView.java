package dk.pulje.query.application;

/**
 * A document attached to an application: its id and SHA-256 as the submission recorded them, the type read from its
 * content at upload, its size, the name it was uploaded with, and where to download it.
 */
public record AttachmentView(
        String documentId, String sha256, String mediaType, long size, String fileName, String download) {}

package dk.pulje.spring.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/** The hash and ids every store uses alike. */
final class DocumentHashes {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private DocumentHashes() {}

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** An id the store gave, never a path of the caller's making. */
    static String checkedId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new UnknownDocument("Not a document id: " + id);
        }
        return id;
    }

    static Document verified(String id, String expected, String mediaType, byte[] content) {
        String actual = sha256(content);
        if (!actual.equalsIgnoreCase(expected)) {
            throw new DocumentTampered("Document " + id + " has SHA-256 " + actual + ", not the recorded " + expected);
        }
        return new Document(id, actual, mediaType, content);
    }
}

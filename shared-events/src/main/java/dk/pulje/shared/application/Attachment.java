package dk.pulje.shared.application;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import java.util.regex.Pattern;

/**
 * A document attached to an application: {@code documentId} in the document store, whose content has
 * {@code sha256}, so the hash chain covers it; {@code mediaType} is the type read from its content when it was
 * uploaded, {@code fileName} the name it was uploaded with (shown, never trusted), {@code size} its bytes.
 */
public record Attachment(String documentId, String fileName, String mediaType, long size, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Attachment {
        documentId = Text.required(documentId, "An attachment's document id", 64);
        fileName = Text.required(fileName, "An attachment's file name", 255);
        mediaType = Text.required(mediaType, "An attachment's media type", 200);
        if (size < 1) {
            throw new InvalidValue("attachment.empty", "An attachment has content");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new InvalidValue("attachment.sha256", "An attachment's SHA-256 is 64 lower-case hex digits");
        }
    }
}

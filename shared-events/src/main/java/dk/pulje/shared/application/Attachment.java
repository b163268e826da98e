package dk.pulje.shared.application;

import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document attached to an application: {@code documentId} in the document store, whose content has
 * {@code sha256}, so the hash chain covers it; {@code mediaType} is the type read from its content when it was
 * uploaded, {@code fileName} the name it was uploaded with (shown, never trusted), {@code size} its bytes.
 */
public record Attachment(String documentId, String fileName, String mediaType, long size, String sha256) {

    /** The most documents one application or report attaches. */
    public static final int MOST = 20;

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

    /** The document ids a command attaches: at most {@link #MOST}, each once; none when left out. */
    public static List<String> documentIds(List<String> documentIds) {
        if (documentIds == null || documentIds.isEmpty()) {
            return List.of();
        }
        if (documentIds.size() > MOST) {
            throw new InvalidValue("attachments.count", "At most " + MOST + " documents are attached");
        }
        if (documentIds.stream().anyMatch(id -> id == null || id.isBlank())
                || documentIds.stream().distinct().count() < documentIds.size()) {
            throw new InvalidValue("attachments.unique", "Each attachment is named once, by its document id");
        }
        return List.copyOf(documentIds);
    }
}

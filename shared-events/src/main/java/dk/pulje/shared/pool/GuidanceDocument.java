package dk.pulje.shared.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.pulje.shared.common.InvalidValue;
import dk.pulje.shared.common.Text;
import dk.pulje.shared.common.Translations;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A guidance document (vejledning) the agency publishes with a pool for anyone to download: {@code documentId} in the
 * document store, as a pool manager uploaded it, whose content has {@code sha256}, so the hash chain covers it.
 * {@code title} is as published, {@code translations} hold it in other languages by language code; {@code fileName},
 * {@code mediaType} and {@code size} are the upload's.
 */
public record GuidanceDocument(
        String documentId,
        String title,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> translations,
        String fileName,
        String mediaType,
        long size,
        String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public GuidanceDocument {
        documentId = Text.required(documentId, "A guidance document's document id", 64);
        title = Text.required(title, "A guidance document's title", 300);
        translations = Translations.of(translations, "A guidance document's title", 300);
        fileName = Text.required(fileName, "A guidance document's file name", 255);
        mediaType = Text.required(mediaType, "A guidance document's media type", 200);
        if (size < 1) {
            throw new InvalidValue("guidance.empty", "A guidance document has content");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new InvalidValue("guidance.sha256", "A guidance document's SHA-256 is 64 lower-case hex digits");
        }
    }

    /** The title in {@code language} where it has a translation into it, else as published. */
    public String titleIn(String language) {
        return Translations.in(translations, language, title);
    }
}

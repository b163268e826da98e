package dk.pulje.query.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * A document uploaded for a report that was then not received (the command side refused it, or could not be reached):
 * the page carries it in the form, so that sending the report again does not upload it again. The command side checks
 * every id the report names against the organisation's own uploads, so a changed id is refused there.
 */
record ReportUpload(String documentId, String fileName) {

    /** The form's fields that carry the uploads: their ids and, in the same order, their names as shown. */
    static final String ID = "document";

    static final String NAME = "documentName";

    private static final Pattern DOCUMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    /** The uploads the form carries; a field that is not a document id is left out. */
    static List<ReportUpload> carried(MultiValueMap<String, String> posted) {
        List<String> ids = posted.getOrDefault(ID, List.of());
        List<String> names = posted.getOrDefault(NAME, List.of());
        List<ReportUpload> uploads = new ArrayList<>();
        for (int index = 0; index < ids.size(); index++) {
            String id = ids.get(index) == null ? "" : ids.get(index).strip();
            if (DOCUMENT_ID.matcher(id).matches()
                    && uploads.stream().noneMatch(upload -> upload.documentId().equals(id))) {
                String name = index < names.size() && names.get(index) != null
                        ? names.get(index).strip()
                        : "";
                uploads.add(new ReportUpload(id, name.isEmpty() || name.length() > 255 ? id : name));
            }
        }
        return uploads;
    }
}

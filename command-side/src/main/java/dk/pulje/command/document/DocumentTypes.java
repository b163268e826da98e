package dk.pulje.command.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The media types an applicant may upload, read from the content, never from the name. The name only narrows a type
 * the content already shows: an Office file is a ZIP (docx, xlsx, pptx) or an OLE2 file (doc, xls) by its content,
 * and which of them by its name; a ZIP without Office's parts, or a program renamed {@code .pdf}, is refused.
 */
@Component
class DocumentTypes {

    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/msword",
            "application/vnd.ms-excel",
            "image/png",
            "image/jpeg");

    /** What the content alone shows of an Office file, before its name says which one it is. */
    private static final Set<String> OFFICE_CONTAINERS =
            Set.of("application/x-tika-ooxml", "application/x-tika-msoffice");

    private final Tika tika = new Tika();

    /** The content's media type, or a refusal when it is not one applicants may upload. */
    String checked(byte[] content, String fileName) {
        String byContent = tika.detect(content);
        String type = OFFICE_CONTAINERS.contains(byContent) || officeZip(byContent, content)
                ? tika.detect(content, fileName)
                : byContent;
        if (!ALLOWED.contains(type)) {
            throw new DocumentRefused(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "document-type-not-allowed",
                    "The content is " + type + ", not a PDF, an Office document (Word, Excel, PowerPoint, "
                            + "OpenDocument) or a PNG or JPEG image");
        }
        return type;
    }

    /**
     * An Office Open XML file whose {@code [Content_Types].xml} is not its first entry, which the content's first bytes
     * then do not show: it still has that part.
     */
    private static boolean officeZip(String byContent, byte[] content) {
        if (!"application/zip".equals(byContent)) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException notAZip) {
            return false;
        }
    }
}

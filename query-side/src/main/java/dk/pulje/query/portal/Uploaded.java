package dk.pulje.query.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** A file a portal form uploaded, as it is passed on to the command side's {@code POST /documents}. */
final class Uploaded {

    private Uploaded() {}

    /** The name the file was uploaded with, without any folder a browser put before it. */
    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return name.isEmpty() ? "document" : name;
    }

    static byte[] content(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dk.pulje.command.document;

import java.util.Optional;

/**
 * Looks for malware in an upload before it is stored. By default nothing is scanned (the embedded run); with
 * {@code pulje.documents.clamav.host} set, ClamAV's clamd does it ({@link ClamAvScanner}).
 */
public interface DocumentScanner {

    /** The name of what was found in the content; empty when it is clean. */
    Optional<String> infection(byte[] content);

    /** The scanner could not be asked; the upload is refused rather than stored unscanned. */
    class Unavailable extends RuntimeException {

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

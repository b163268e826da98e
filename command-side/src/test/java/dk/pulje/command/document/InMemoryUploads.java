package dk.pulje.command.document;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Uploads kept in a map, for the pool's specifications. */
public class InMemoryUploads implements Uploads {

    private final Map<String, Upload> uploads = new HashMap<>();

    @Override
    public void record(Upload upload) {
        uploads.put(upload.document().documentId(), upload);
    }

    @Override
    public Optional<Upload> find(String documentId) {
        return Optional.ofNullable(uploads.get(documentId));
    }
}

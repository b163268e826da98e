package dk.pulje.command.document;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Uploads kept in a map, for the pool's specifications. */
public class InMemoryUploads implements Uploads {

    private final Map<String, Upload> uploads = new HashMap<>();
    private final Map<String, Instant> attached = new HashMap<>();

    @Override
    public void record(Upload upload) {
        uploads.put(upload.document().documentId(), upload);
    }

    @Override
    public Optional<Upload> find(String documentId) {
        return Optional.ofNullable(uploads.get(documentId));
    }

    @Override
    public boolean markAttached(String documentId, Instant at) {
        if (!uploads.containsKey(documentId)) {
            return false;
        }
        attached.putIfAbsent(documentId, at);
        return true;
    }

    @Override
    public List<String> unattached(Instant uploadedBefore, int limit) {
        return uploads.values().stream()
                .filter(upload -> !attached.containsKey(upload.document().documentId()))
                .filter(upload -> upload.uploadedAt().isBefore(uploadedBefore))
                .sorted(Comparator.comparing(Upload::uploadedAt))
                .limit(limit)
                .map(upload -> upload.document().documentId())
                .toList();
    }

    @Override
    public boolean forgetUnattached(String documentId) {
        return !attached.containsKey(documentId) && uploads.remove(documentId) != null;
    }

    /** When the upload was first attached, if it was. */
    public Optional<Instant> attachedAt(String documentId) {
        return Optional.ofNullable(attached.get(documentId));
    }
}

package dk.pulje.spring.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Documents as files in one directory: {@code <id>} holds the content and {@code <id>.type} its media type. Each is
 * written to a temporary file and moved into place, so a reader never sees half a document.
 */
public class FileDocumentStore implements DocumentStore {

    private final Path directory;

    public FileDocumentStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public StoredDocument put(byte[] content, String mediaType) {
        String id = DocumentHashes.newId();
        try {
            Files.createDirectories(directory);
            write(directory.resolve(id + ".type"), mediaType.getBytes(StandardCharsets.UTF_8));
            write(directory.resolve(id), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + id + " could not be stored in " + directory, e);
        }
        return new StoredDocument(id, DocumentHashes.sha256(content), mediaType, content.length);
    }

    private void write(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(directory, ".incoming-", ".tmp");
        Files.write(temporary, content);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public Document get(String id, String sha256) {
        String checked = DocumentHashes.checkedId(id);
        try {
            byte[] content = Files.readAllBytes(directory.resolve(checked));
            String mediaType = Files.readString(directory.resolve(checked + ".type"), StandardCharsets.UTF_8);
            return DocumentHashes.verified(checked, sha256, mediaType, content);
        } catch (NoSuchFileException e) {
            throw new UnknownDocument("No document " + id);
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + id + " could not be read from " + directory, e);
        }
    }

    @Override
    public void delete(String id) {
        String checked = DocumentHashes.checkedId(id);
        try {
            Files.deleteIfExists(directory.resolve(checked));
            Files.deleteIfExists(directory.resolve(checked + ".type"));
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + id + " could not be deleted from " + directory, e);
        }
    }
}

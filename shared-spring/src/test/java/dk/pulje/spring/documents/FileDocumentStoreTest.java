package dk.pulje.spring.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDocumentStoreTest {

    @TempDir
    Path directory;

    private final byte[] letter = "Tilsagn om tilskud: 2.000.000,00 kr.".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_stored_document_is_read_back_with_its_hash_verified() {
        FileDocumentStore store = new FileDocumentStore(directory);

        StoredDocument stored = store.put(letter, "application/pdf");
        Document read = store.get(stored.id(), stored.sha256());

        assertThat(read.sha256()).isEqualTo(stored.sha256());
        assertThat(read.content()).isEqualTo(letter);
        assertThat(read.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(letter.length);
    }

    @Test
    void the_hash_is_sha_256_of_the_content() {
        StoredDocument stored =
                new FileDocumentStore(directory).put("abc".getBytes(StandardCharsets.UTF_8), "text/plain");

        assertThat(stored.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void a_document_altered_in_the_store_is_detected() throws Exception {
        FileDocumentStore store = new FileDocumentStore(directory);
        StoredDocument stored = store.put(letter, "application/pdf");

        Files.writeString(directory.resolve(stored.id()), "Tilsagn om tilskud: 9.000.000,00 kr.");

        assertThatThrownBy(() -> store.get(stored.id(), stored.sha256())).isInstanceOf(DocumentTampered.class);
    }

    @Test
    void a_document_is_read_only_against_the_hash_recorded_for_it() {
        FileDocumentStore store = new FileDocumentStore(directory);
        StoredDocument stored = store.put(letter, "application/pdf");
        StoredDocument other = store.put("another".getBytes(StandardCharsets.UTF_8), "text/plain");

        assertThatThrownBy(() -> store.get(stored.id(), other.sha256())).isInstanceOf(DocumentTampered.class);
    }

    @Test
    void an_unknown_id_or_a_path_is_no_document() {
        FileDocumentStore store = new FileDocumentStore(directory);

        assertThatThrownBy(() -> store.get("6f1c1b9e-4c47-4a55-9f57-0c8b1e0a5c11", "00"))
                .isInstanceOf(UnknownDocument.class);
        assertThatThrownBy(() -> store.get("../../etc/passwd", "00")).isInstanceOf(UnknownDocument.class);
    }

    @Test
    void every_document_gets_an_id_of_its_own() {
        FileDocumentStore store = new FileDocumentStore(directory);

        assertThat(store.put(letter, "application/pdf").id())
                .isNotEqualTo(store.put(letter, "application/pdf").id());
    }

    @Test
    void a_deleted_document_is_gone_with_its_type_and_a_second_deletion_is_harmless() throws Exception {
        FileDocumentStore store = new FileDocumentStore(directory);
        StoredDocument stored = store.put(letter, "application/pdf");
        StoredDocument kept = store.put("kept".getBytes(StandardCharsets.UTF_8), "text/plain");

        store.delete(stored.id());
        store.delete(stored.id());

        assertThatThrownBy(() -> store.get(stored.id(), stored.sha256())).isInstanceOf(UnknownDocument.class);
        assertThat(Files.exists(directory.resolve(stored.id() + ".type"))).isFalse();
        assertThat(store.get(kept.id(), kept.sha256()).content()).isEqualTo("kept".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.delete("../../etc/passwd")).isInstanceOf(UnknownDocument.class);
    }
}

package dk.pulje.query.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only file the chain's anchors are written to, one JSON line each ({@code pulje.chain.anchor-file}),
 * with the key that authenticates them ({@code pulje.chain.anchor-key}) and how often the head is anchored
 * ({@code pulje.chain.anchor-interval}). Without a key nothing is anchored or compared. The file is only ever
 * appended to and synced; keep it where the database's users cannot write, on storage that allows appending only.
 */
public final class AnchorLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final AnchorKey key;
    private final Duration interval;

    public AnchorLog(Path file, AnchorKey key, Duration interval) {
        this.file = file;
        this.key = key;
        this.interval = interval;
    }

    /** The file, key and interval the settings name. */
    public static AnchorLog from(ChainSettings settings) {
        String key = settings.anchorKey();
        String file = settings.anchorFile();
        return new AnchorLog(
                file == null || file.isBlank() ? null : Path.of(file),
                key == null || key.isBlank() ? null : AnchorKey.fromBase64(key),
                settings.anchorInterval());
    }

    /** How often the head is anchored, if it moved. */
    public Duration interval() {
        return interval;
    }

    /** The key, when one is set: without it nothing is anchored or compared. */
    public Optional<AnchorKey> key() {
        return Optional.ofNullable(key);
    }

    public Path file() {
        return file;
    }

    /** The anchor as the line written for it. */
    static String line(ChainAnchor anchor) {
        return JSON.writeValueAsString(anchor);
    }

    /** Appends the anchor's line and syncs the file before answering. */
    void append(ChainAnchor anchor) {
        if (file == null) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (FileChannel out = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(StandardCharsets.UTF_8.encode(line(anchor) + "\n"));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append the chain's anchor to " + file, e);
        }
    }

    /**
     * Every anchor in the file, each authenticated with the key; the first line that is no anchor or does not
     * authenticate is a {@link Forged}. No file yet: no anchors.
     */
    Reading read() throws IOException {
        if (file == null || key == null || !Files.exists(file)) {
            return new Anchors(List.of());
        }
        List<ChainAnchor> anchors = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).isBlank()) {
                continue;
            }
            ChainAnchor anchor;
            try {
                anchor = JSON.readValue(lines.get(index), ChainAnchor.class);
            } catch (JacksonException notAnAnchor) {
                anchor = null;
            }
            if (anchor == null || !anchor.authenticatedBy(key)) {
                return new Forged(index + 1);
            }
            anchors.add(anchor);
        }
        return new Anchors(anchors);
    }

    sealed interface Reading permits Anchors, Forged {}

    record Anchors(List<ChainAnchor> anchors) implements Reading {}

    /** {@code line} of the file, counted from 1, is no anchor made with the key. */
    record Forged(int line) implements Reading {}
}

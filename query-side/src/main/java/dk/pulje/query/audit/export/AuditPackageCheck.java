package dk.pulje.query.audit.export;

import dk.pulje.query.audit.PoolFold;
import dk.pulje.shared.application.ApplicationEvent;
import dk.pulje.shared.pool.PoolEvent;
import dk.pulje.shared.personal.SealedContacts;
import dk.pulje.shared.pool.PoolView;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks an audit package offline: every event line's link recomputes from the link it was chained on and the
 * line's own fields, the pool's sequence numbers run from 0 without a gap, and the closing line is there and counts
 * the events; then folds the events into the pool's final state.
 */
public final class AuditPackageCheck {

    private final JsonMapper json = withoutKeys();

    /** What the check found: the package verifies, or the first line that does not. */
    public sealed interface Outcome permits Verified, Failed {

        /** The outcome as the command line prints it. */
        String report();
    }

    public record Verified(PackageTrailer trailer, PoolView pool) implements Outcome {

        @Override
        public String report() {
            return "OK: pool " + trailer.poolId() + ", " + trailer.events() + " events (sequence 0 to "
                    + (trailer.events() - 1) + "), every link recomputes\n"
                    + "chain when exported (" + trailer.exportedAt() + "): position " + trailer.position()
                    + ", head " + trailer.head() + "\n"
                    + "status " + pool.status() + ", budget " + pool.budget() + ", awarded " + pool.awarded()
                    + ", remaining " + pool.remaining() + "\napplications " + pool.applicationsByStatus().entrySet()
                    .stream().map(count -> count.getKey() + " " + count.getValue()).collect(Collectors.joining(", "));
        }
    }

    /** {@code line} counts from 1. */
    public record Failed(int line, String reason) implements Outcome {

        @Override
        public String report() {
            return "FAILED: line " + line + ": " + reason;
        }
    }

    /** Checks the lines of a package file. */
    public Outcome check(List<String> lines) {
        if (lines.isEmpty()) {
            return new Failed(1, "the file is empty");
        }
        PackageTrailer trailer = trailer(lines.get(lines.size() - 1));
        if (trailer == null) {
            return new Failed(lines.size(), "the closing line with the chain's head is missing: the file may be cut short");
        }
        PoolFold pool = new PoolFold();
        for (int index = 0; index < lines.size() - 1; index++) {
            String problem = problem(lines.get(index), index, trailer.poolId(), pool);
            if (problem != null) {
                return new Failed(index + 1, problem);
            }
        }
        if (trailer.events() != lines.size() - 1) {
            return new Failed(lines.size(), "the closing line counts " + trailer.events() + " events, the file has "
                    + (lines.size() - 1));
        }
        return pool.pool().<Outcome>map(state -> new Verified(trailer, state))
                .orElseGet(() -> new Failed(1, "the pool's first event, its draft, is missing"));
    }

    /** What is wrong with the event line at {@code index}, or null when it checks and is folded into the pool. */
    private String problem(String text, int index, String poolId, PoolFold pool) {
        EventLine line;
        try {
            line = EventLine.parse(text, json);
        } catch (IllegalArgumentException | JacksonException e) {
            return "not an event line: " + e.getMessage();
        }
        String event = "event " + line.event().eventIdentifier() + " (sequence " + line.event().sequenceNumber() + ")";
        if (!poolId.equals(line.event().aggregateIdentifier())) {
            return event + " belongs to " + line.event().aggregateIdentifier() + ", not to pool " + poolId;
        }
        if (line.event().sequenceNumber() != index) {
            return event + " stands where sequence " + index + " is due: an event is missing or out of place";
        }
        if (!linkRecomputes(line)) {
            return event + " does not give its link: the line was altered";
        }
        try {
            pool.apply(json.readValue(line.payloadText(), eventClass(line.event().payloadType())));
        } catch (IllegalArgumentException | JacksonException e) {
            return event + " cannot be read as a pool's event: " + e.getMessage();
        }
        return null;
    }

    private static boolean linkRecomputes(EventLine line) {
        try {
            return line.linkRecomputes();
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }

    /** Only the published language's pool and application events are read, whatever a file names. */
    private static Class<?> eventClass(String payloadType) {
        try {
            Class<?> type = Class.forName(payloadType, false, AuditPackageCheck.class.getClassLoader());
            if (PoolEvent.class.isAssignableFrom(type) || ApplicationEvent.class.isAssignableFrom(type)) {
                return type;
            }
        } catch (ClassNotFoundException | LinkageError unknown) {
            // named below
        }
        throw new IllegalArgumentException(payloadType + " is not a pool's or application's event");
    }

    private PackageTrailer trailer(String line) {
        try {
            PackageTrailer trailer = json.readValue(line, PackageTrailer.class);
            return trailer.poolId() != null && trailer.head() != null ? trailer : null;
        } catch (JacksonException notTheClosingLine) {
            return null;
        }
    }

    private static JsonMapper withoutKeys() {
        JsonMapper.Builder builder = JsonMapper.builder();
        SealedContacts.withoutKeys().accept(builder);
        return builder.build();
    }
}

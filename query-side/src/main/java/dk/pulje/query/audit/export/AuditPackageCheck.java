package dk.pulje.query.audit.export;

import dk.pulje.query.audit.PoolFold;
import dk.pulje.query.audit.chain.AnchorKey;
import dk.pulje.query.audit.chain.ChainAnchor;
import dk.pulje.query.audit.chain.ChainLink;
import dk.pulje.shared.application.ApplicationEvent;
import dk.pulje.shared.personal.SealedContacts;
import dk.pulje.shared.pool.PoolEvent;
import dk.pulje.shared.pool.PoolView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an audit package offline: every event line's link recomputes from the link it was chained on and the
 * line's own fields, the pool's sequence numbers run from 0 without a gap, and the closing line is there and counts
 * the events; the lines, in chain order, with the hashes of the other events between them, recompute the chain up to
 * the closing line's head, so no line can be changed without the head; given the anchor key, the head's anchor is
 * authenticated too. Then folds the events into the pool's final state.
 */
public final class AuditPackageCheck {

    private final JsonMapper json = withoutKeys();
    private final AnchorKey anchorKey;

    /** A check that cannot authenticate the head's anchor: compare the head with the anchor file instead. */
    public AuditPackageCheck() {
        this(null);
    }

    /** A check that authenticates the head's anchor with {@code anchorKey}. */
    public AuditPackageCheck(AnchorKey anchorKey) {
        this.anchorKey = anchorKey;
    }

    /** What the check found: the package verifies, or the first line that does not. */
    public sealed interface Outcome permits Verified, Failed {

        /** The outcome as the command line prints it. */
        String report();
    }

    /** {@code anchorChecked}: whether the head's anchor was authenticated with the anchor key. */
    public record Verified(PackageTrailer trailer, PoolView pool, boolean anchorChecked) implements Outcome {

        @Override
        public String report() {
            return "OK: pool " + trailer.poolId() + ", " + trailer.events() + " events (sequence 0 to "
                    + (trailer.events() - 1) + "), every link recomputes and connects to the head\n"
                    + "chain when exported (" + trailer.exportedAt() + "): position " + trailer.position()
                    + ", link " + trailer.chainSequence() + ", head " + trailer.head() + "\n"
                    + anchor() + "\n"
                    + "status " + pool.status() + ", budget " + pool.budget() + ", awarded " + pool.awarded()
                    + ", remaining " + pool.remaining() + "\napplications "
                    + pool.applicationsByStatus().entrySet().stream()
                            .map(count -> count.getKey() + " " + count.getValue())
                            .collect(Collectors.joining(", "));
        }

        private String anchor() {
            if (trailer.mac() == null) {
                return "head not anchored (no anchor key where it was made)";
            }
            return "head anchored at " + trailer.anchoredAt()
                    + (anchorChecked
                            ? ", the anchor key authenticates it"
                            : ": find its MAC in the anchor file, or give the anchor key to authenticate it");
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
            return new Failed(
                    lines.size(), "the closing line with the chain's head is missing: the file may be cut short");
        }
        if (trailer.chainFormat() != ChainLink.FORMAT) {
            return new Failed(
                    lines.size(),
                    "chain format " + trailer.chainFormat() + " is not the format " + ChainLink.FORMAT
                            + " this verifier reads");
        }
        PoolFold pool = new PoolFold();
        List<Numbered> events = new ArrayList<>();
        for (int index = 0; index < lines.size() - 1; index++) {
            Checked checked = checked(lines.get(index), index, trailer.poolId(), pool);
            if (checked.problem() != null) {
                return new Failed(index + 1, checked.problem());
            }
            events.add(new Numbered(index + 1, checked.line()));
        }
        if (trailer.events() != lines.size() - 1) {
            return new Failed(
                    lines.size(),
                    "the closing line counts " + trailer.events() + " events, the file has " + (lines.size() - 1));
        }
        Failed unconnected = connection(events, trailer, lines.size(), trailer.poolId());
        if (unconnected != null) {
            return unconnected;
        }
        boolean anchorChecked = anchorKey != null && trailer.mac() != null;
        if (anchorChecked
                && !new ChainAnchor(
                                trailer.chainFormat(),
                                trailer.chainSequence(),
                                trailer.position(),
                                trailer.head(),
                                trailer.anchoredAt(),
                                trailer.mac())
                        .authenticatedBy(anchorKey)) {
            return new Failed(
                    lines.size(),
                    "the head's anchor does not authenticate with the anchor key: the head "
                            + "was not anchored by Pulje");
        }
        return pool.pool()
                .<Outcome>map(state -> new Verified(trailer, state, anchorChecked))
                .orElseGet(() -> new Failed(1, "the pool's first event, its draft, is missing"));
    }

    /**
     * Recomputes the chain from the link before the pool's first chained event, through each of its events and the
     * hashes of the events chained after it, to the head; null when it arrives at the closing line's head. A
     * connector that names the pool is refused: the pool's events are lines, so it is one of them left out, the end
     * of its history cut off (its aggregate is part of its hash, so it cannot name another).
     */
    private static Failed connection(List<Numbered> events, PackageTrailer trailer, int closingLine, String poolId) {
        if (events.isEmpty()) {
            return new Failed(1, "the pool's first event, its draft, is missing");
        }
        List<Numbered> inChainOrder = events.stream()
                .sorted(Comparator.comparingLong(numbered -> numbered.line().chainSequence()))
                .toList();
        String link = inChainOrder.get(0).line().previousLink();
        long next = inChainOrder.get(0).line().chainSequence();
        for (Numbered numbered : inChainOrder) {
            EventLine line = numbered.line();
            String event = "event " + line.event().eventIdentifier() + " (sequence "
                    + line.event().sequenceNumber() + ")";
            if (line.chainSequence() != next) {
                return new Failed(
                        numbered.number(),
                        event + " is link " + line.chainSequence() + ", but the lines and"
                                + " hashes before it end at link " + (next - 1) + ": it does not connect to them");
            }
            if (!line.previousLink().equals(link)) {
                return new Failed(
                        numbered.number(),
                        event + " does not connect to the chain through the lines before"
                                + " it: one of them, or a hash between, was altered");
            }
            link = line.link();
            next++;
            for (Connector connector : line.followedBy()) {
                if (poolId.equals(connector.aggregateIdentifier())) {
                    return new Failed(
                            numbered.number(),
                            event + " is followed by an event of the pool that is no "
                                    + "line of the package: the pool's history was cut");
                }
                try {
                    link = ChainLink.next(link, connector.eventHash());
                } catch (IllegalArgumentException notAHash) {
                    return new Failed(
                            numbered.number(),
                            event + " is followed by " + connector.contentHash() + ", which is no hash");
                }
                next++;
            }
        }
        if (next - 1 != trailer.chainSequence() || !link.equals(trailer.head())) {
            return new Failed(
                    closingLine,
                    "the pool's events and the hashes between them do not connect to the "
                            + "head: a line was altered, or the head");
        }
        return null;
    }

    /** The event line at {@code index}, checked on its own and folded into the pool, or what is wrong with it. */
    private Checked checked(String text, int index, String poolId, PoolFold pool) {
        EventLine line;
        try {
            line = EventLine.parse(text, json);
        } catch (IllegalArgumentException | JacksonException e) {
            return Checked.wrong("not an event line: " + e.getMessage());
        }
        String event = "event " + line.event().eventIdentifier() + " (sequence "
                + line.event().sequenceNumber() + ")";
        if (!poolId.equals(line.event().aggregateIdentifier())) {
            return Checked.wrong(
                    event + " belongs to " + line.event().aggregateIdentifier() + ", not to pool " + poolId);
        }
        if (line.event().sequenceNumber() != index) {
            return Checked.wrong(
                    event + " stands where sequence " + index + " is due: an event is missing or out of place");
        }
        if (!linkRecomputes(line)) {
            return Checked.wrong(event + " does not give its link: the line was altered");
        }
        try {
            pool.apply(
                    json.readValue(line.payloadText(), eventClass(line.event().payloadType())));
        } catch (IllegalArgumentException | JacksonException e) {
            return Checked.wrong(event + " cannot be read as a pool's event: " + e.getMessage());
        }
        return new Checked(line, null);
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

    /** An event line that checks on its own, or what is wrong with it. */
    private record Checked(EventLine line, String problem) {

        static Checked wrong(String problem) {
            return new Checked(null, problem);
        }
    }

    /** An event line with its line number in the file, counted from 1. */
    private record Numbered(int number, EventLine line) {}
}

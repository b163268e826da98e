package dk.pulje.query.audit.chain;

import static dk.pulje.query.audit.chain.ChainReport.Problem.ALTERED;
import static dk.pulje.query.audit.chain.ChainReport.Problem.CUT;
import static dk.pulje.query.audit.chain.ChainReport.Problem.FORGED_ANCHOR;
import static dk.pulje.query.audit.chain.ChainReport.Problem.INSERTED;
import static dk.pulje.query.audit.chain.ChainReport.Problem.REMOVED;
import static dk.pulje.query.audit.chain.ChainReport.Problem.REWRITTEN;
import static dk.pulje.query.audit.chain.ChainReport.Problem.UNANCHORED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * Recomputes the hash chain from the events as stored, read back from either store ({@link StoredEvents}), and compares
 * it with the stored links, link by link in chain order, a page at a time. The first event whose bytes no longer give
 * its link was altered; a link whose event is gone, or a missing link number, means an event was removed; an event
 * below the chain's highest position without a link was inserted (or never reached the chain). Events above it are not
 * chained yet and not judged. Then the chain is compared with the anchors kept outside the database: a link that
 * differs from an anchored head means the chain was rewritten (events reordered or changed, and the chain recomputed
 * over them); an anchored head beyond the chain's end, that its tail was cut off. With an anchor key, a link no anchor
 * covers, of an event more than two anchor intervals old, is not verified against anchors: the anchors fail closed, so
 * an anchor file removed or emptied does not pass for a chain that is intact.
 */
@Component
public class ChainVerification {

    private static final int PAGE = 500;
    private static final String LINKS = "SELECT c.chain_sequence, c.global_index, c.event_identifier, c.link"
            + " FROM event_chain c WHERE c.chain_sequence > ? ORDER BY c.chain_sequence FETCH FIRST " + PAGE
            + " ROWS ONLY";

    private final JdbcOperations jdbc;
    private final StoredEvents events;
    private final AnchorLog anchorLog;
    private final Clock clock;

    public ChainVerification(JdbcOperations jdbc, StoredEvents events, AnchorLog anchorLog, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.anchorLog = anchorLog;
        this.clock = clock;
    }

    /** The verdict; throws {@link UncheckedIOException} when the anchor file cannot be read. */
    public ChainReport verify() {
        AnchorLog.Reading reading;
        try {
            reading = anchorLog.read();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the chain's anchors in " + anchorLog.file(), e);
        }
        if (reading instanceof AnchorLog.Forged forged) {
            return ChainReport.tampered(
                    FORGED_ANCHOR,
                    0,
                    null,
                    "line " + forged.line() + " of the anchor file " + anchorLog.file()
                            + " is not an anchor made with the anchor key");
        }
        List<ChainAnchor> anchors = ((AnchorLog.Anchors) reading)
                .anchors().stream()
                        .sorted(Comparator.comparingLong(ChainAnchor::chainSequence))
                        .toList();
        int anchor = 0;
        String previous = ChainLink.GENESIS;
        long expected = 0;
        long position = 0;
        List<Link> page;
        do {
            page = page(expected - 1);
            for (Link link : page) {
                Optional<ChainReport> broken = link.problem(previous, expected);
                if (broken.isPresent()) {
                    return insertionBefore(broken.get().position()).orElse(broken.get());
                }
                for (; anchor < anchors.size() && anchors.get(anchor).chainSequence() == expected; anchor++) {
                    if (!anchors.get(anchor).head().equals(link.link())) {
                        return insertionBefore(link.globalIndex()).orElse(rewritten(link, anchors.get(anchor)));
                    }
                }
                previous = link.link();
                expected++;
                position = Math.max(position, link.globalIndex());
            }
        } while (page.size() == PAGE);
        Optional<ChainReport> inserted = insertionBefore(position);
        if (inserted.isPresent()) {
            return inserted.get();
        }
        if (anchor < anchors.size()) {
            ChainAnchor beyond = anchors.get(anchors.size() - 1);
            return ChainReport.tampered(
                    CUT,
                    beyond.position(),
                    null,
                    "the chain ends at link " + (expected - 1)
                            + ", but link " + beyond.chainSequence() + " (position " + beyond.position()
                            + ") was anchored at "
                            + beyond.at() + ": its tail was cut off");
        }
        if (anchorLog.key().isPresent()) {
            long covered =
                    anchors.isEmpty() ? -1 : anchors.get(anchors.size() - 1).chainSequence();
            Optional<ChainReport> unanchored = unanchoredAfter(covered, expected - 1);
            if (unanchored.isPresent()) {
                return unanchored.get();
            }
        }
        return ChainReport.intact(position, previous, anchorLog.key().isPresent() ? anchors.size() : null);
    }

    /**
     * The first link after {@code covered}, the last one anchored, if there is one up to {@code last} and its event
     * is older than anchoring allows: a link is anchored within an interval of being chained, so one whose event is
     * two intervals old and still uncovered means the anchors are not being written, or were removed. A time stamp
     * that cannot be read counts as old.
     */
    private Optional<ChainReport> unanchoredAfter(long covered, long last) {
        if (covered >= last) {
            return Optional.empty();
        }
        Instant due = clock.instant().minus(anchorLog.interval().multipliedBy(2));
        return jdbc
                .query(
                        "SELECT global_index, event_identifier FROM event_chain WHERE chain_sequence = ?",
                        (row, index) -> new Unanchored(row.getLong(1), row.getString(2), null),
                        covered + 1)
                .stream()
                .findFirst()
                .map(link -> new Unanchored(
                        link.globalIndex(),
                        link.eventIdentifier(),
                        Optional.ofNullable(
                                        events.at(List.of(link.globalIndex())).get(link.globalIndex()))
                                .map(StoredEvent::timeStamp)
                                .orElse(null)))
                .filter(link -> link.before(due))
                .map(link -> ChainReport.tampered(
                        UNANCHORED,
                        link.globalIndex(),
                        link.eventIdentifier(),
                        "no anchor covers link " + (covered + 1) + " (event of " + link.timeStamp()
                                + ") or any after it, though links are anchored every " + anchorLog.interval()
                                + ": the anchor file " + anchorLog.file() + " is missing, emptied or not written;"
                                + " not verified against anchors"));
    }

    /** The first link no anchor covers, with its event's time stamp as stored. */
    private record Unanchored(long globalIndex, String eventIdentifier, String timeStamp) {

        boolean before(Instant due) {
            try {
                return timeStamp == null || Instant.parse(timeStamp).isBefore(due);
            } catch (DateTimeParseException unreadable) {
                return true;
            }
        }
    }

    private static ChainReport rewritten(Link link, ChainAnchor anchor) {
        return ChainReport.tampered(
                REWRITTEN,
                link.globalIndex(),
                link.eventIdentifier(),
                "link " + link.sequence() + " is not the head anchored at " + anchor.at()
                        + ": the chain was rewritten at or before it");
    }

    private Optional<ChainReport> insertionBefore(long position) {
        return events.firstUnchainedBelow(position)
                .map(event -> ChainReport.tampered(
                        INSERTED,
                        event.globalIndex(),
                        event.eventIdentifier(),
                        "event " + event.eventIdentifier() + " has no link, though later events have"));
    }

    /** The links after {@code after}, a page of them, each with the event now at its position. */
    private List<Link> page(long after) {
        List<Link> links = jdbc.query(
                LINKS,
                (row, index) -> new Link(
                        row.getLong("chain_sequence"),
                        row.getLong("global_index"),
                        row.getString("event_identifier"),
                        row.getString("link"),
                        null),
                after);
        Map<Long, StoredEvent> stored =
                events.at(links.stream().map(Link::globalIndex).toList());
        return links.stream()
                .map(link -> link.with(stored.get(link.globalIndex())))
                .toList();
    }

    /** A stored link, with the event now at its position (null when there is none). */
    private record Link(long sequence, long globalIndex, String eventIdentifier, String link, StoredEvent event) {

        Link with(StoredEvent storedEvent) {
            return new Link(sequence, globalIndex, eventIdentifier, link, storedEvent);
        }

        Optional<ChainReport> problem(String previous, long expectedSequence) {
            if (sequence != expectedSequence) {
                return Optional.of(ChainReport.tampered(
                        REMOVED,
                        globalIndex,
                        null,
                        "link " + expectedSequence + " is gone, and with it the event chained before event "
                                + eventIdentifier));
            }
            if (event == null) {
                return Optional.of(ChainReport.tampered(
                        REMOVED,
                        globalIndex,
                        eventIdentifier,
                        "event " + eventIdentifier + " is chained but no longer in the event store"));
            }
            if (!ChainLink.next(previous, event).equals(link)) {
                return Optional.of(ChainReport.tampered(
                        ALTERED,
                        globalIndex,
                        eventIdentifier,
                        "event " + eventIdentifier + " no longer gives the link it was chained with"));
            }
            return Optional.empty();
        }
    }
}

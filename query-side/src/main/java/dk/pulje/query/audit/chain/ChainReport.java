package dk.pulje.query.audit.chain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The verdict on the hash chain: intact up to a position (the highest global index chained) with the head link and
 * how many anchors it agrees with (null when no anchor key is set, so none was compared), or the first position
 * where an event was altered, inserted or removed, or where the chain no longer holds an anchored head; or, with an
 * anchor key, the first link no anchor covers though it should be by now ({@link Problem#UNANCHORED}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainReport(
        boolean intact,
        long position,
        String head,
        Integer anchors,
        String eventIdentifier,
        Problem problem,
        String detail) {

    public enum Problem {
        /** The event's stored bytes no longer give its link. */
        ALTERED,
        /** An event the chain has no link for, below events it has. */
        INSERTED,
        /** A link whose event is gone. */
        REMOVED,
        /** The chain holds another link where an anchor holds the head: it was rewritten, events with it. */
        REWRITTEN,
        /** The chain ends before a head that was anchored: its tail was cut off. */
        CUT,
        /** A line of the anchor file is not an anchor made with the anchor key. */
        FORGED_ANCHOR,
        /**
         * Not tampered with as far as the chain shows, but not verified against anchors: an anchor key is set, yet no
         * anchor covers links chained longer ago than anchoring allows; the anchor file is missing, emptied or not
         * being written.
         */
        UNANCHORED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static ChainReport intact(long position, String head, Integer anchors) {
        return new ChainReport(true, position, head, anchors, null, null, null);
    }

    static ChainReport tampered(Problem problem, long position, String eventIdentifier, String detail) {
        return new ChainReport(false, position, null, null, eventIdentifier, problem, detail);
    }

    /** The verdict in one line, as the command line prints it. */
    public String line() {
        if (!intact) {
            return problem.label() + " at position " + position + ": " + detail;
        }
        return "intact up to position " + position + ", head " + head + ", "
                + (anchors == null
                        ? "no anchors compared (no anchor key)"
                        : anchors + (anchors == 1 ? " anchor agrees" : " anchors agree"));
    }
}

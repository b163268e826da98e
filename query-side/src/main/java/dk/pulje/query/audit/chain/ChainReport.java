package dk.pulje.query.audit.chain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The verdict on the hash chain: intact up to a position (the highest global index chained) with the head link, or
 * the first position where an event was altered, inserted or removed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainReport(boolean intact, long position, String head, String eventIdentifier, Problem problem,
                          String detail) {

    public enum Problem {
        /** The event's stored bytes no longer give its link. */
        ALTERED,
        /** An event the chain has no link for, below events it has. */
        INSERTED,
        /** A link whose event is gone. */
        REMOVED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static ChainReport intact(long position, String head) {
        return new ChainReport(true, position, head, null, null, null);
    }

    static ChainReport tampered(Problem problem, long position, String eventIdentifier, String detail) {
        return new ChainReport(false, position, null, eventIdentifier, problem, detail);
    }

    /** The verdict in one line, as the command line prints it. */
    public String line() {
        return intact ? "intact up to position " + position + ", head " + head
                : problem.label() + " at position " + position + ": " + detail;
    }
}

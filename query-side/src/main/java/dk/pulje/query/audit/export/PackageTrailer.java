package dk.pulje.query.audit.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The closing line of an audit package: the pool, how many events precede it, when the package was made, the
 * chain's format, and the chain as it stood then: the head link, its number and the highest position chained. When
 * an anchor key is set the head was anchored as the package was made: {@code anchoredAt} and {@code mac} are that
 * anchor's, the same as its line in the anchor file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PackageTrailer(
        String poolId,
        long events,
        Instant exportedAt,
        int chainFormat,
        long chainSequence,
        long position,
        String head,
        String anchoredAt,
        String mac) {}

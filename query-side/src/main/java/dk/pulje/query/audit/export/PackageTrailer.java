package dk.pulje.query.audit.export;

import java.time.Instant;

/**
 * The closing line of an audit package: the pool, how many events precede it, when the package was made, and the
 * hash chain as it stood then (its highest position and head link), to compare with a verification of the chain.
 */
public record PackageTrailer(String poolId, long events, Instant exportedAt, long position, String head) {
}

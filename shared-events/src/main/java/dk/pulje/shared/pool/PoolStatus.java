package dk.pulje.shared.pool;

public enum PoolStatus {
    DRAFT,
    /** Announced with planned dates; not yet open to applications. */
    ANNOUNCED,
    PUBLISHED,
    CLOSED
}

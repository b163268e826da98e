package dk.pulje.shared.pool;

public enum PoolStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
